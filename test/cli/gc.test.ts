// `gc` from the built bundle: real daemons (`up`), one SIGKILLed, one alive; gc removes the
// sandbox of the killed one and leaves the live one alone, on local and on docker.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync } from "node:fs";
import { createServer } from "node:net";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SANDBOX_GID, SANDBOX_UID } from "../../src/backends/layout.js";
import {
  LABEL_OWNER_BOOT,
  LABEL_OWNER_HOST,
  LABEL_OWNER_PID,
  LABEL_OWNER_START,
  ownerLabels,
  ownerState,
} from "../../src/backends/owner.js";
import type { Backend } from "../../src/backends/types.js";
import { LABEL_RUN_ID } from "../../src/backends/types.js";
import { type Outcome, runBundle } from "../support/bundle.js";
import { engineAvailable, TEST_IMAGES, testDockerHost } from "../support/engines.js";
import { processAlive, until } from "../support/processes.js";

describe("owner labels", () => {
  it("judge this process alive, a dead one, a reused pid or another boot gone, missing labels unknown", async () => {
    const mine = ownerLabels();
    expect(Object.keys(mine).sort()).toEqual(
      [LABEL_OWNER_BOOT, LABEL_OWNER_HOST, LABEL_OWNER_PID, LABEL_OWNER_START].sort(),
    );
    expect(ownerState(mine).state).toBe("alive");
    expect(ownerState({ ...mine, [LABEL_OWNER_START]: "1" }).state).toBe("gone");
    expect(ownerState({ ...mine, [LABEL_OWNER_BOOT]: "another-boot" }).state).toBe("gone");
    expect(ownerState({ ...mine, [LABEL_OWNER_HOST]: `not-${hostname()}` }).state).toBe("unknown");
    expect(ownerState({}).state).toBe("unknown");
    const child = spawn("sleep", ["30"]);
    const labels = ownerLabels(child.pid);
    expect(ownerState(labels).state).toBe("alive");
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    expect(ownerState(labels)).toMatchObject({ state: "gone" });
  });
});

interface Up {
  info: { daemon_pid: number; sandbox_id: string; state_file: string };
  runId: string;
}

function gcSuite(
  name: string,
  engine: "bwrap" | "docker",
  backend: (hostEnv: NodeJS.ProcessEnv) => Promise<Backend>,
  upArgs: string[],
  extraEnv: () => Record<string, string | undefined>,
) {
  describe.skipIf(!engineAvailable(engine))(`gc on the ${name} backend`, () => {
    const root = mkdtempSync(join(tmpdir(), "sbx-gc-"));
    const runnerTemp = join(root, "t");
    mkdirSync(runnerTemp);
    const workspaces: string[] = [];
    const cli = (args: string[], workspace: string): Promise<Outcome> =>
      runBundle("index.js", args, {
        cwd: workspace,
        env: { ...process.env, ...extraEnv(), RUNNER_TEMP: runnerTemp, XDG_STATE_HOME: join(root, "state") },
      });
    const up = async (): Promise<Up> => {
      const workspace = mkdtempSync(join(root, "ws-"));
      if (engine === "docker" && process.getuid?.() === 0) chownSync(workspace, SANDBOX_UID, SANDBOX_GID);
      workspaces.push(workspace);
      const out = await cli(["up", "--json", ...upArgs], workspace);
      expect(out.code, out.stderr).toBe(0);
      const info = JSON.parse(out.stdout);
      const runId = JSON.parse(readFileSync(info.state_file, "utf8")).run_id as string;
      return { info, runId };
    };

    afterAll(async () => {
      for (const workspace of workspaces) await cli(["down"], workspace);
    });

    it("removes the sandbox of a SIGKILLed daemon and keeps the live one", async () => {
      const [killed, live] = [await up(), await up()];
      const be = await backend({ ...process.env, ...extraEnv(), RUNNER_TEMP: runnerTemp });
      expect(await be.inventory?.({ [LABEL_RUN_ID]: killed.runId })).toHaveLength(1);
      process.kill(killed.info.daemon_pid, "SIGKILL");
      expect(await until(() => !processAlive(killed.info.daemon_pid))).toBe(true);

      const dry = await cli(["gc", "--json", "--dry-run"], workspaces[0] as string);
      expect(dry.code, dry.stderr).toBe(0);
      const planned = JSON.parse(dry.stdout);
      expect(planned.dry_run).toBe(true);
      expect(planned.removed.map((r: { run_id: string }) => r.run_id)).toContain(killed.runId);
      expect(await be.inventory?.({ [LABEL_RUN_ID]: killed.runId })).toHaveLength(1);

      const gc = await cli(["gc", "--json"], workspaces[0] as string);
      expect(gc.code, gc.stderr).toBe(0);
      const report = JSON.parse(gc.stdout);
      const removed = report.removed.map((r: { run_id: string }) => r.run_id);
      expect(removed).toContain(killed.runId);
      expect(removed).not.toContain(live.runId);
      expect(report.kept).toContainEqual(
        expect.objectContaining({
          backend: be.name,
          run_id: live.runId,
          reason: expect.stringMatching(/running/),
        }),
      );
      expect(await be.inventory?.({ [LABEL_RUN_ID]: killed.runId })).toEqual([]);

      // the live run is untouched and still answers
      expect(await be.list({ [LABEL_RUN_ID]: live.runId })).toHaveLength(1);
      const call = await cli(
        ["call", "run_command", "--args", '{"command":"echo still-here"}'],
        workspaces[1] as string,
      );
      expect(call.code, call.stderr).toBe(0);
      expect(call.stdout).toContain("still-here");

      // and a second gc finds nothing of the killed run
      const again = JSON.parse((await cli(["gc", "--json"], workspaces[0] as string)).stdout);
      expect(again.removed.map((r: { run_id: string }) => r.run_id)).not.toContain(killed.runId);

      // plain output says what was removed
      const text = await cli(["gc"], workspaces[0] as string);
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/kept .* \(run /);
    });
  });
}

gcSuite(
  "local",
  "bwrap",
  async (hostEnv) => {
    const { createLocalBackend } = await import("../../src/backends/local/index.js");
    return createLocalBackend({ hostEnv });
  },
  ["--backend", "local"],
  () => ({}),
);

gcSuite(
  "docker",
  "docker",
  async (hostEnv) => {
    const { createDockerBackend } = await import("../../src/backends/docker/index.js");
    return createDockerBackend({ hostEnv });
  },
  ["--backend", "docker", "--image", TEST_IMAGES.node],
  () => ({ DOCKER_HOST: testDockerHost() }),
);

describe("gc of egress directories", () => {
  it("removes those whose proxy socket refuses or never appeared, keeps a listening one", async () => {
    const root = mkdtempSync(join(tmpdir(), "sbx-gce-"));
    const base = join(root, "sandbox-action-egress");
    const dir = (name: string) => {
      const path = join(base, name);
      mkdirSync(path, { recursive: true });
      return path;
    };
    const live = createServer().listen(join(dir("e-live"), "egress.sock"));
    await once(live, "listening");
    // a proxy SIGKILLed while listening leaves its socket file behind
    const deadSocket = join(dir("e-dead"), "egress.sock");
    const child = spawn(process.execPath, [
      "-e",
      `require("node:net").createServer().listen(${JSON.stringify(deadSocket)}, () => console.log("up"))`,
    ]);
    await once(child.stdout, "data");
    child.kill("SIGKILL");
    await once(child, "exit");
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(dir("e-nosocket-old"), old, old);
    dir("e-nosocket-new");
    try {
      const out = await runBundle("index.js", ["gc", "--json"], {
        cwd: root,
        env: { ...process.env, RUNNER_TEMP: root, DOCKER_HOST: "unix:///nonexistent.sock" },
      });
      expect(out.code, out.stderr).toBe(0);
      const report = JSON.parse(out.stdout);
      expect(report.egress_dirs_removed.sort()).toEqual([join(base, "e-dead"), join(base, "e-nosocket-old")]);
      expect(readdirSync(base).sort()).toEqual(["e-live", "e-nosocket-new"]);
      expect(report.backends).toContainEqual(expect.objectContaining({ name: "docker", checked: false }));
    } finally {
      live.close();
    }
  });
});
