// The supervisor through the real daemon on the docker backend (Podman's Docker API here): the
// server inside the container SIGKILLed -> a new container, later calls succeed, status shows it.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Outcome, runBundle } from "../support/bundle.js";
import { dockerWorkspace } from "../support/docker-target.js";
import { engineAvailable, TEST_IMAGES, testDockerHost } from "../support/engines.js";

/** The container's init (State.Pid) from the engine; 0 when there is no such container. */
function containerPid(name: string): Promise<number> {
  const socketPath = (testDockerHost() as string).slice("unix://".length);
  return new Promise((resolve, reject) => {
    http
      .get({ socketPath, path: `/containers/${encodeURIComponent(name)}/json` }, (res) => {
        let body = "";
        res.on("data", (chunk) => {
          body += chunk;
        });
        res.on("end", () => resolve(res.statusCode === 404 ? 0 : Number(JSON.parse(body).State?.Pid)));
      })
      .on("error", reject);
  });
}

function children(pid: number): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((child) => {
      try {
        return Number(readFileSync(`/proc/${child}/stat`, "utf8").split(") ")[1]?.split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.skipIf(!engineAvailable("docker"))("the daemon's supervisor on the docker backend", () => {
  const workspace = dockerWorkspace();
  const stateHome = mkdtempSync(join(tmpdir(), "sbx-respawn-docker-state-"));
  const env = { ...process.env, XDG_STATE_HOME: stateHome, DOCKER_HOST: testDockerHost() };
  const cli = (args: string[]): Promise<Outcome> => runBundle("index.js", args, { cwd: workspace, env });
  const status = async () => {
    const outcome = await cli(["status", "--json"]);
    return { code: outcome.code, ...JSON.parse(outcome.stdout) };
  };

  afterEach(async () => {
    await cli(["down"]);
  });

  it("SIGKILL of the server inside the container: respawned, later calls succeed, status shows respawns 1", async () => {
    const up = await cli([
      "up",
      "--json",
      "--backend",
      "docker",
      "--image",
      TEST_IMAGES.node,
      "--health-interval",
      "200ms",
    ]);
    expect(up.code, up.stderr).toBe(0);
    const info = JSON.parse(up.stdout);
    const init = await containerPid(info.sandbox_id);
    const servers = children(init).filter((pid) =>
      readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[1]?.endsWith("server.js"),
    );
    expect(servers.length, "the server inside the container").toBe(1);
    process.kill(servers[0] as number, "SIGKILL");

    let after = await status();
    const deadline = Date.now() + 30_000;
    while (!(after.healthy && after.respawns === 1) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await status();
    }
    expect(after).toMatchObject({ code: 0, healthy: true, state: "running", respawns: 1, backend: "docker" });
    expect(after.sandbox_id).not.toBe(info.sandbox_id);
    // the old container is gone, not left behind
    const gone = Date.now() + 15_000;
    while ((await containerPid(info.sandbox_id)) !== 0 && Date.now() < gone)
      await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await containerPid(info.sandbox_id)).toBe(0);
    const call = await cli(["call", "run_command", "--args", '{"command":"echo back"}']);
    expect(call.code, call.stderr).toBe(0);
    expect(call.stdout).toContain("back");
    const down = await cli(["down"]);
    expect(down.code, down.stderr).toBe(0);
  }, 60_000);
});
