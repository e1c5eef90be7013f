// The supervisor through the real daemon on the docker backend (Podman's Docker API here): the
// server inside the container SIGKILLed, or the container itself killed through the engine -> a new
// container, later calls succeed, status shows it; with --max-respawns 0 the first failure is final
// and calls fail at once with the reason; a SIGKILLed daemon -> `down` still leaves no container.
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { connectDocker } from "../../src/backends/docker/client.js";
import { createDockerBackend } from "../../src/backends/docker/index.js";
import { LABEL_MANAGED, LABEL_RUN_ID } from "../../src/backends/types.js";
import { type Outcome, runBundle } from "../support/bundle.js";
import { dockerWorkspace, labelledContainers } from "../support/docker-target.js";
import { engineAvailable, TEST_IMAGES, testDockerHost } from "../support/engines.js";
import { isServerArgv, processAlive, until } from "../support/processes.js";

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until `done` holds of its value or `ms` pass; the last value either way. */
async function pollUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await sleep(250);
    value = await probe();
  }
  return value;
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
  /** the run ids the tests started, for the cleanup of whatever a failing test left */
  const runIds: string[] = [];

  /** `up` on docker with a quick health check; its --json answer plus the run id from the state file */
  const up = async (extra: string[] = []) => {
    const outcome = await cli([
      "up",
      "--json",
      "--backend",
      "docker",
      "--image",
      TEST_IMAGES.node,
      "--health-interval",
      "200ms",
      ...extra,
    ]);
    expect(outcome.code, outcome.stderr).toBe(0);
    const info = JSON.parse(outcome.stdout);
    const runId: string = JSON.parse(readFileSync(info.state_file, "utf8")).run_id;
    expect(runId).toBeTruthy();
    runIds.push(runId);
    return { ...info, run_id: runId } as {
      sandbox_id: string;
      daemon_pid: number;
      state_file: string;
      run_id: string;
    };
  };

  const engine = () => connectDocker({ env });

  /**
   * The sandbox ids of the run's containers on the engine (any state), by the labels we set: each
   * once, whether one or both of its containers (ADR 0014) are left.
   */
  const runContainers = async (runId: string): Promise<string[]> => [
    ...new Set(
      (await labelledContainers({ [LABEL_MANAGED]: "true", [LABEL_RUN_ID]: runId })).map((c) => c.sandboxId),
    ),
  ];

  /** SIGKILL to the container itself through the engine (what `docker kill` does). */
  const killContainer = async (name: string): Promise<void> => {
    const docker = await engine();
    try {
      await docker.request("POST", `/containers/${encodeURIComponent(name)}/kill`, {
        query: { signal: "SIGKILL" },
      });
    } finally {
      await docker.close();
    }
  };

  afterEach(async () => {
    await cli(["down"]);
  });

  afterAll(async () => {
    // whatever a failing test left on the engine
    const backend = createDockerBackend({ log: () => {} });
    for (const runId of runIds) await backend.reap({ [LABEL_RUN_ID]: runId }).catch(() => {});
  });

  it("SIGKILL of the server inside the container: respawned, later calls succeed, status shows respawns 1", async () => {
    const info = await up();
    const init = await containerPid(info.sandbox_id);
    const servers = children(init).filter((pid) =>
      isServerArgv(readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")),
    );
    expect(servers.length, "the server inside the container").toBe(1);
    process.kill(servers[0] as number, "SIGKILL");

    const after = await pollUntil(status, (s) => s.healthy && s.respawns === 1, 30_000);
    expect(after).toMatchObject({ code: 0, healthy: true, state: "running", respawns: 1, backend: "docker" });
    expect(after.sandbox_id).not.toBe(info.sandbox_id);
    // the old container is gone, not left behind
    const gone = Date.now() + 15_000;
    while ((await containerPid(info.sandbox_id)) !== 0 && Date.now() < gone) await sleep(250);
    expect(await containerPid(info.sandbox_id)).toBe(0);
    const call = await cli(["call", "run_command", "--args", '{"command":"echo back"}']);
    expect(call.code, call.stderr).toBe(0);
    expect(call.stdout).toContain("back");
    const down = await cli(["down"]);
    expect(down.code, down.stderr).toBe(0);
  }, 60_000);

  it("the container itself killed through the engine: respawned within 30 s, the old one gone, calls succeed", async () => {
    const info = await up();
    expect(await runContainers(info.run_id)).toEqual([info.sandbox_id]);
    const killed = Date.now();
    await killContainer(info.sandbox_id);

    const after = await pollUntil(status, (s) => s.healthy && s.respawns === 1, 30_000);
    const respawnMs = Date.now() - killed;
    expect(after, `after ${respawnMs} ms`).toMatchObject({
      code: 0,
      healthy: true,
      state: "running",
      respawns: 1,
      backend: "docker",
      run_id: info.run_id,
    });
    expect(after.sandbox_id).not.toBe(info.sandbox_id);
    expect(respawnMs).toBeLessThan(30_000);
    console.info(`container killed -> healthy again with respawns 1: ${respawnMs} ms`);
    expect(processAlive(info.daemon_pid)).toBe(true);

    // the killed container is removed, not left behind: only the new one carries the run's label
    const left = await pollUntil(
      () => runContainers(info.run_id),
      (ids) => !ids.includes(info.sandbox_id),
      15_000,
    );
    expect(left, "the run's containers on the engine").toEqual([after.sandbox_id]);

    const call = await cli(["call", "run_command", "--args", '{"command":"echo back"}']);
    expect(call.code, call.stderr).toBe(0);
    expect(call.stdout).toContain("back");
    const down = await cli(["down"]);
    expect(down.code, down.stderr).toBe(0);
    expect(await runContainers(info.run_id), "the run's containers after down").toEqual([]);
  }, 90_000);

  it("--max-respawns 0 and the container killed: failed for good, calls fail at once with the reason", async () => {
    const info = await up(["--max-respawns", "0"]);
    const killed = Date.now();
    await killContainer(info.sandbox_id);

    const after = await pollUntil(status, (s) => s.state === "failed", 30_000);
    console.info(`container killed -> state failed: ${Date.now() - killed} ms`);
    const reason = /failed for good after 0 respawn\(s\) \(max-respawns 0\)/;
    expect(after).toMatchObject({
      code: 3,
      state: "failed",
      healthy: false,
      respawns: 0,
      daemon_running: true,
      run_id: info.run_id,
    });
    expect(after.last_error).toMatch(reason);
    expect(after.last_error).toMatch(/the sandbox exited/);

    // a call fails fast with the tool error naming the reason (exit 1: the call returned isError)
    const started = performance.now();
    const call = await cli(["call", "run_command", "--args", '{"command":"echo never"}']);
    const callMs = Math.round(performance.now() - started);
    console.info(`call after failed for good: exit ${call.code} in ${callMs} ms`);
    expect(callMs, `the call took ${callMs} ms`).toBeLessThan(3_000);
    expect(call.code, `${call.stdout}\n${call.stderr}`).toBe(1);
    expect(`${call.stdout}\n${call.stderr}`).toMatch(
      /the sandbox is unavailable: the sandbox failed for good/,
    );
    expect(`${call.stdout}\n${call.stderr}`).toMatch(reason);
    expect(call.stdout).not.toContain("never\n");

    // still failed, not respawned behind our back
    expect(await status()).toMatchObject({ code: 3, state: "failed", healthy: false, respawns: 0 });
    const text = await cli(["status"]);
    expect(text.code).toBe(3);
    expect(text.stdout).toMatch(/UNHEALTHY/);
    expect(text.stdout).toMatch(reason);

    // the supervisor removed the killed container when it gave up; `down` leaves nothing either
    const left = await pollUntil(
      () => runContainers(info.run_id),
      (ids) => ids.length === 0,
      15_000,
    );
    expect(left, "the run's containers once failed for good").toEqual([]);
    const down = await cli(["down"]);
    expect(down.code, down.stderr).toBe(0);
    expect(await runContainers(info.run_id), "the run's containers after down").toEqual([]);
    expect(() => statSync(info.state_file)).toThrow();
  }, 90_000);

  it("down after the daemon was SIGKILLed leaves no container of the run and no state file", async () => {
    const info = await up();
    expect(await runContainers(info.run_id)).toEqual([info.sandbox_id]);
    process.kill(info.daemon_pid, "SIGKILL");
    expect(await until(() => !processAlive(info.daemon_pid), 10_000)).toBe(true);

    // the container outlives its daemon: what `down` must clean up (looked at first: a `gc` of
    // another test file may rightly remove it a moment later)
    expect(await runContainers(info.run_id), "the orphaned container").toEqual([info.sandbox_id]);
    const stopped = await cli(["status"]);
    expect(stopped.code).toBe(3);
    expect(stopped.stdout).toMatch(/not running/);

    const down = await cli(["down"]);
    expect(down.code, down.stderr).toBe(0);
    expect(await runContainers(info.run_id), "the run's containers after down").toEqual([]);
    expect(await containerPid(info.sandbox_id)).toBe(0);
    expect(() => statSync(info.state_file)).toThrow();
    expect((await cli(["status"])).code).toBe(2);
  }, 60_000);
});
