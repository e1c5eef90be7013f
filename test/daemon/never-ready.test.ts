// A sandbox that never becomes ready, through the real daemon `up` starts (built bundle, both
// backends): a server that never prints its CA -> `up` exits 3 within the deadline with a clear
// error, and nothing is left behind (daemon, sandbox processes, state file, container, run dir).
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LABEL_RUN_DIR } from "../../src/backends/docker/backend.js";
import { createDockerBackend } from "../../src/backends/docker/index.js";
import { LABEL_MANAGED, LABEL_RUN_ID } from "../../src/backends/types.js";
import { type Outcome, runBundle } from "../support/bundle.js";
import { dockerWorkspace, labelledContainers } from "../support/docker-target.js";
import { engineAvailable, TEST_IMAGES, testDockerHost } from "../support/engines.js";
import { processesMentioning, until } from "../support/processes.js";

/** what `up` must say: the server's readiness failed, with the deadline it was given */
const NEVER_READY =
  /^sandbox-action: the sandbox's server did not become ready: the server did not print its CA within 1000 ms \(daemon log: .+\.log\)$/m;
/** `up` gives up within this much wall clock (its deadline is 1 s, plus start-up and teardown) */
const BOUND_MS = 15_000;

interface Run {
  workspace: string;
  stateHome: string;
  runnerTemp: string;
  /** holds mute.js: world-readable, as the sandbox user must read it through its bind mount */
  muteDir: string;
  env: NodeJS.ProcessEnv;
  cli(args: string[], env?: NodeJS.ProcessEnv): Promise<Outcome>;
}

const dirs: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

function makeRun(workspace: string, extraEnv: NodeJS.ProcessEnv = {}): Run {
  const stateHome = tempDir("sbx-never-state-");
  const runnerTemp = tempDir("sbx-never-rt-");
  const muteDir = tempDir("sbx-never-mute-");
  chmodSync(muteDir, 0o755);
  writeFileSync(join(muteDir, "mute.js"), "setInterval(() => {}, 1000);\n", { mode: 0o644 });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_STATE_HOME: stateHome,
    RUNNER_TEMP: runnerTemp,
    ...extraEnv,
  };
  delete env.SANDBOX_ACTION_SERVER_BUNDLE;
  return {
    workspace,
    stateHome,
    runnerTemp,
    muteDir,
    env,
    cli: (args, more = {}) => runBundle("index.js", args, { cwd: workspace, env: { ...env, ...more } }),
  };
}

/** `up` with the mute server; its outcome and how long it took from spawn to exit */
async function upNeverReady(run: Run, backendArgs: string[]): Promise<Outcome & { elapsed: number }> {
  const started = Date.now();
  const out = await run.cli(["up", "--json", "--ready-timeout", "1s", ...backendArgs], {
    SANDBOX_ACTION_SERVER_BUNDLE: join(run.muteDir, "mute.js"),
  });
  const elapsed = Date.now() - started;
  return { ...out, elapsed };
}

/** The daemon log `up` names in its error. */
function daemonLog(stderr: string): string {
  const path = /\(daemon log: (.+\.log)\)$/m.exec(stderr)?.[1];
  expect(path, stderr).toBeDefined();
  return readFileSync(path as string, "utf8");
}

/** `status` must find no daemon: a usage error (2) naming the missing state file, nothing on stdout. */
async function expectNoDaemon(run: Run): Promise<void> {
  for (const json of [true, false]) {
    const status = await run.cli(["status", ...(json ? ["--json"] : [])]);
    expect(status.code, status.stderr).toBe(2);
    expect(status.stdout).toBe("");
    expect(status.stderr).toMatch(/no sandbox is up for this workspace \(no state file .+\.json\)/);
  }
  const stateDir = join(run.stateHome, "sandbox-action");
  const stateFiles = existsSync(stateDir)
    ? readdirSync(stateDir).filter((name) => name.endsWith(".json"))
    : [];
  expect(stateFiles, "daemon state files left under XDG_STATE_HOME").toEqual([]);
}

/** No live process mentions this run: not the daemon, not the sandbox, not the mute server. */
async function expectNoProcesses(run: Run, sandboxId?: string): Promise<void> {
  // The sandbox is destroyed before the daemon reports the failure: nothing of it may be left now.
  expect(processesMentioning(run.runnerTemp), "processes of the run directory").toEqual([]);
  expect(processesMentioning(run.muteDir), "processes of the mute server").toEqual([]);
  if (sandboxId) expect(processesMentioning(sandboxId), `processes of ${sandboxId}`).toEqual([]);
  // The daemon itself exits right after it told `up` why it failed (and `up` sends it SIGTERM).
  const daemonGone = await until(
    () => processesMentioning(run.stateHome).length + processesMentioning(run.workspace).length === 0,
    5_000,
  );
  expect(daemonGone, `daemon still running: ${processesMentioning(run.stateHome).join(", ")}`).toBe(true);
}

function runDirs(base: string): string[] {
  return existsSync(base) ? readdirSync(base) : [];
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!engineAvailable("bwrap"))(
  "up on the local backend: a server that never becomes ready",
  () => {
    const run = makeRun(tempDir("sbx-never-ws-"));

    afterAll(async () => {
      await run.cli(["down"]);
    });

    it("exits 3 within the deadline naming the problem, and leaves nothing behind", async () => {
      const out = await upNeverReady(run, []);
      expect(out.code, out.stderr).toBe(3);
      expect(out.elapsed, `up took ${out.elapsed} ms`).toBeLessThan(BOUND_MS);
      expect(out.stdout).toBe("");
      expect(out.stderr).toMatch(NEVER_READY);

      const log = daemonLog(out.stderr);
      expect(log).toMatch(/provisioning failed: .*did not print its CA within 1000 ms/);
      const sandboxId = /\b(sbx-[a-z0-9]+-[0-9a-f]+)\b/.exec(log)?.[1];
      expect(sandboxId, `no sandbox id in the daemon log:\n${log}`).toBeDefined();

      await expectNoProcesses(run, sandboxId);
      expect(runDirs(join(run.runnerTemp, "sandbox-action")), "run directories").toEqual([]);
      await expectNoDaemon(run);
    });

    it("afterwards a good `up` works, and `down` cleans up", async () => {
      const up = await run.cli(["up", "--json"]);
      expect(up.code, up.stderr).toBe(0);
      const info = JSON.parse(up.stdout);
      const status = await run.cli(["status", "--json"]);
      expect(status.code, status.stderr).toBe(0);
      expect(JSON.parse(status.stdout)).toMatchObject({
        daemon_running: true,
        healthy: true,
        state: "running",
        sandbox_id: info.sandbox_id,
      });
      const call = await run.cli(["call", "run_command", "--args", '{"command":"echo alive"}']);
      expect(call.code, call.stderr).toBe(0);
      expect(call.stdout).toContain("alive");

      const down = await run.cli(["down"]);
      expect(down.code, down.stderr).toBe(0);
      expect(await until(() => processesMentioning(info.sandbox_id).length === 0, 10_000)).toBe(true);
      await expectNoProcesses(run, info.sandbox_id);
      expect(runDirs(join(run.runnerTemp, "sandbox-action")), "run directories").toEqual([]);
      await expectNoDaemon(run);
    });
  },
);

describe.skipIf(!engineAvailable("docker"))(
  "up on the docker backend: a server that never becomes ready",
  () => {
    const run = makeRun(dockerWorkspace(), { DOCKER_HOST: testDockerHost() });
    dirs.push(run.workspace);

    /** containers of ours whose run directory is under this run's RUNNER_TEMP (other tests share the engine) */
    const containers = async () =>
      (await labelledContainers({ [LABEL_MANAGED]: "true" })).filter((c) =>
        (c.labels[LABEL_RUN_DIR] ?? "").startsWith(`${run.runnerTemp}/`),
      );

    afterAll(async () => {
      await run.cli(["down"]);
      // whatever a failing test left
      const backend = createDockerBackend({ log: () => {} });
      for (const container of await containers().catch(() => [])) {
        const runId = container.labels[LABEL_RUN_ID];
        if (runId) await backend.reap({ [LABEL_RUN_ID]: runId }).catch(() => {});
      }
    });

    it("exits 3 within the deadline naming the problem, and leaves no container behind", async () => {
      const out = await upNeverReady(run, ["--backend", "docker", "--image", TEST_IMAGES.node]);
      expect(out.code, out.stderr).toBe(3);
      expect(out.elapsed, `up took ${out.elapsed} ms`).toBeLessThan(BOUND_MS);
      expect(out.stdout).toBe("");
      expect(out.stderr).toMatch(NEVER_READY);
      expect(daemonLog(out.stderr)).toMatch(/provisioning failed: .*did not print its CA within 1000 ms/);

      expect(await containers(), "containers left on the engine").toEqual([]);
      await expectNoProcesses(run);
      expect(runDirs(join(run.runnerTemp, "sandbox-action-docker")), "run directories").toEqual([]);
      await expectNoDaemon(run);
    });

    it("the probes see a good run's container, and `down` removes it", async () => {
      const up = await run.cli(["up", "--json", "--backend", "docker", "--image", TEST_IMAGES.node]);
      expect(up.code, up.stderr).toBe(0);
      const info = JSON.parse(up.stdout);
      // the sandbox's two containers (ADR 0014)
      expect((await containers()).map((c) => c.sandboxId)).toEqual([info.sandbox_id, info.sandbox_id]);
      expect(processesMentioning(run.stateHome)).toContain(info.daemon_pid);
      const down = await run.cli(["down"]);
      expect(down.code, down.stderr).toBe(0);
      expect(await containers(), "containers left on the engine").toEqual([]);
      await expectNoProcesses(run);
      expect(runDirs(join(run.runnerTemp, "sandbox-action-docker")), "run directories").toEqual([]);
      await expectNoDaemon(run);
    });
  },
);
