// The supervisor through the real daemon (`up` from the built bundle, bubblewrap sandbox): the
// server inside killed or frozen -> a new sandbox, later calls succeed, status counts the respawn.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Outcome, runBundle } from "../support/bundle.js";
import { engineAvailable } from "../support/engines.js";
import { isServerArgv, killAll, processAlive, processesMentioning, until } from "../support/processes.js";

/** The server inside a local sandbox: the node process under its bubblewrap processes (pid 1 inside). */
function serverPids(sandboxId: string): number[] {
  const sandbox = new Set(processesMentioning(sandboxId));
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const ppid = Number(stat.split(") ")[1]?.split(" ")[1]);
        return sandbox.has(ppid) && isServerArgv(readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0"));
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.skipIf(!engineAvailable("bwrap"))("the daemon's supervisor on the local backend", () => {
  const workspace = mkdtempSync(join(tmpdir(), "sbx-respawn-ws-"));
  const stateHome = mkdtempSync(join(tmpdir(), "sbx-respawn-state-"));
  const env = { ...process.env, XDG_STATE_HOME: stateHome };
  const cli = (args: string[]): Promise<Outcome> => runBundle("index.js", args, { cwd: workspace, env });
  const status = async () => {
    const outcome = await cli(["status", "--json"]);
    return { code: outcome.code, ...JSON.parse(outcome.stdout) };
  };

  afterEach(async () => {
    await cli(["down"]);
  });

  it("SIGKILL of the server inside: respawned at once, later calls succeed, status shows respawns 1", async () => {
    const up = await cli(["up", "--json", "--health-interval", "200ms", "--respawn-threshold", "2"]);
    expect(up.code, up.stderr).toBe(0);
    const info = JSON.parse(up.stdout);
    expect(await status()).toMatchObject({
      code: 0,
      mode: "persistent",
      healthy: true,
      respawns: 0,
      consecutive_failures: 0,
      last_error: null,
    });
    const [server] = serverPids(info.sandbox_id);
    expect(server, "the server inside the sandbox").toBeDefined();
    process.kill(server as number, "SIGKILL");

    expect(await until(() => processesMentioning(info.sandbox_id).length === 0, 10_000)).toBe(true);
    let after = await status();
    const deadline = Date.now() + 20_000;
    while (!(after.healthy && after.respawns === 1) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await status();
    }
    expect(after).toMatchObject({ code: 0, healthy: true, state: "running", respawns: 1 });
    expect(after.sandbox_id).not.toBe(info.sandbox_id);
    expect(after.run_id).toBe(JSON.parse(readFileSync(info.state_file, "utf8")).run_id);
    expect(processAlive(info.daemon_pid)).toBe(true);

    const call = await cli(["call", "run_command", "--args", '{"command":"echo back"}']);
    expect(call.code, call.stderr).toBe(0);
    expect(call.stdout).toContain("back");
    const text = await cli(["status"]);
    expect(text.stdout).toMatch(/respawns: 1/);

    const down = await cli(["down"]);
    expect(down.code, down.stderr).toBe(0);
    expect(await until(() => processesMentioning(after.sandbox_id).length === 0)).toBe(true);
  });

  it("a frozen server (SIGSTOP): health checks time out, respawn after the threshold", async () => {
    const up = await cli([
      "up",
      "--json",
      "--health-interval",
      "200ms",
      "--health-timeout",
      "300ms",
      "--respawn-threshold",
      "2",
    ]);
    expect(up.code, up.stderr).toBe(0);
    const info = JSON.parse(up.stdout);
    const [server] = serverPids(info.sandbox_id);
    expect(server).toBeDefined();
    process.kill(server as number, "SIGSTOP");

    let after = await status();
    const deadline = Date.now() + 20_000;
    while (!(after.healthy && after.respawns === 1) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await status();
    }
    expect(after).toMatchObject({ code: 0, healthy: true, respawns: 1, consecutive_failures: 0 });
    expect(after.sandbox_id).not.toBe(info.sandbox_id);
    // the frozen sandbox was torn down, not left behind
    expect(await until(() => processesMentioning(info.sandbox_id).length === 0, 10_000)).toBe(true);
    const log = readFileSync(info.state_file.replace(/\.json$/, ".log"), "utf8");
    expect(log).toMatch(/health: check failed \(2 in a row\)/);
    const call = await cli(["call", "run_command", "--args", '{"command":"echo again"}']);
    expect(call.code, call.stderr).toBe(0);
  });

  it("SIGKILL of the sandbox itself (its bwrap processes): respawned, calls succeed", async () => {
    const up = await cli(["up", "--json", "--health-interval", "200ms"]);
    expect(up.code, up.stderr).toBe(0);
    const info = JSON.parse(up.stdout);
    const bwraps = processesMentioning(info.sandbox_id);
    expect(bwraps.length).toBeGreaterThan(0);
    killAll(bwraps);
    let after = await status();
    const deadline = Date.now() + 20_000;
    while (!(after.healthy && after.respawns === 1) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await status();
    }
    expect(after).toMatchObject({ code: 0, healthy: true, respawns: 1 });
    expect(await until(() => processesMentioning(info.sandbox_id).length === 0)).toBe(true);
    const call = await cli(["call", "run_command", "--args", '{"command":"echo again"}']);
    expect(call.code, call.stderr).toBe(0);
  });
});
