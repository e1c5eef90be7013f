// The local backend from the outside: a host process that is killed takes its sandbox with it,
// an unprivileged host user gets the same isolation, start-up failures say what to fix, and
// start-up time stays close to bubblewrap's own.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findExecutable } from "../../src/backends/executables.js";
import { buildBwrapArgs } from "../../src/backends/local/args.js";
import { checkLocalPrerequisites, createLocalBackend } from "../../src/backends/local/index.js";
import { planRootfs, realHostFs } from "../../src/backends/local/rootfs.js";
import { SandboxError } from "../../src/backends/types.js";
import { itAsRoot } from "../support/as-root.js";
import { engineAvailable } from "../support/engines.js";
import {
  ECHO_SERVER,
  firstLine,
  isAlive,
  makeFixture,
  processesMentioning,
  waitFor,
} from "./local-helpers.js";

const available = engineAvailable("bwrap");
const repo = resolve(import.meta.dirname, "../..");

/** A host program that creates a sandbox with the real backend code and reports on it. */
const HOST_PROGRAM = `
import { readFileSync } from "node:fs";
import { createLocalBackend } from ${JSON.stringify(join(repo, "src/backends/local/index.ts"))};
const [base, script, workspace, mode] = process.argv.slice(2);
const backend = createLocalBackend({ runDirBase: base });
const sandbox = await backend.create({
  runId: "lifecycle-" + process.pid, labels: {}, workspace, workspaceMode: "rw", network: "none",
  env: {}, limits: { bestEffort: true }, entrypoint: { script, args: (listen) => ["--listen", listen], runnerArgs: (link) => ["--runner", "--link", link], runnerEnv: {}, env: {} },
});
await new Promise((resolve) => sandbox.stdout.once("data", resolve));
const entryPid = Number(readFileSync("/proc/" + sandbox.initPid + "/task/" + sandbox.initPid + "/children", "utf8").trim().split(" ")[0]);
const report = { id: sandbox.id, bwrapPid: sandbox.bwrapPid, initPid: sandbox.initPid, entryPid };
if (mode === "probe") {
  const probe = await sandbox.exec(["/bin/sh", "-c", "id -u; grep -E '^(CapEff|CapBnd)' /proc/self/status; unshare -U true 2>/dev/null && echo nested-userns;  cat /etc/shadow >/dev/null 2>&1 && echo shadow-readable; { echo x > /etc/x; } 2>/dev/null && echo etc-writable; echo ok > /workspace/probe.txt && cat /workspace/probe.txt"]);
  const channel = await sandbox.openChannel();
  channel.write("ping");
  const echo = String(await new Promise((resolve) => channel.once("data", resolve)));
  channel.destroy();
  await sandbox.exec(["/.sandbox/bin/node", "-e", "try { require('fs').writeSync(100, 'leaked-exec\\n'); } catch {}"]);
  await sandbox.copyIn("copied", "/tmp/c.txt");
  const copied = await sandbox.exec(["cat", "/tmp/c.txt"]);
  Object.assign(report, { probe: probe.stdout.toString(), probeErr: probe.stderr.toString(), exitCode: probe.exitCode, echo, copied: copied.stdout.toString() });
  await sandbox.destroy();
}
process.stdout.write(JSON.stringify(report) + "\\n");
if (mode !== "probe") setInterval(() => {}, 1000);
`;

interface Report {
  id: string;
  bwrapPid: number;
  initPid: number;
  entryPid: number;
  probe?: string;
  probeErr?: string;
  exitCode?: number;
  echo?: string;
  copied?: string;
}

describe.skipIf(!available)("local backend lifecycle", () => {
  let dir: string;
  let program: string;
  let script: string;
  let leakyScript: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sbx-life-"));
    chmodSync(dir, 0o755);
    program = join(dir, "host.mjs");
    await build({
      stdin: { contents: HOST_PROGRAM, loader: "ts", resolveDir: repo, sourcefile: "host.ts" },
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node22",
      outfile: program,
      logLevel: "warning",
    });
    script = join(dir, "echo.mjs");
    writeFileSync(script, ECHO_SERVER);
    // tries the descriptor the host process inherited; it must lead nowhere
    leakyScript = join(dir, "leaky.mjs");
    writeFileSync(
      leakyScript,
      `import { writeSync } from "node:fs"; try { writeSync(100, "leaked-entry\\n"); } catch {}\n${ECHO_SERVER}`,
    );
    chmodSync(leakyScript, 0o644);
    chmodSync(program, 0o644);
    chmodSync(script, 0o644);
  });

  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs HOST_PROGRAM; fd 100 of the host process is an inherited pipe the sandbox must not get. */
  function runHost(
    args: string[],
    wrap: string[] = [],
    node = process.execPath,
  ): { child: ChildProcess; report: Promise<Report>; leaked: Promise<string> } {
    const argv = [...wrap, node, program, ...args];
    // (a high number: Node marks some low inherited fds close-on-exec at start-up, not all)
    const stdio: ("ignore" | "pipe")[] = [
      "ignore",
      "pipe",
      "pipe",
      ...Array<"ignore">(97).fill("ignore"),
      "pipe",
    ];
    const child = spawn(argv[0] as string, argv.slice(1), { stdio });
    children.push(child);
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    const leaked = new Promise<string>((resolve) => {
      let text = "";
      const inherited = (child.stdio as unknown as Readable[])[100] as Readable;
      inherited.on("data", (chunk) => {
        text += chunk;
      });
      inherited.on("error", () => {});
      child.once("close", () => resolve(text));
    });
    const report = firstLine(child.stdout as Readable, 20_000)
      .then((line) => JSON.parse(line) as Report)
      .catch((error: Error) => {
        throw new Error(`${error.message}; host stderr: ${stderr}`);
      });
    return { child, report, leaked };
  }

  it("the sandbox dies with the host process that made it (SIGKILL, no cleanup code runs)", async () => {
    const base = mkdtempSync(join(dir, "r-"));
    const workspace = mkdtempSync(join(dir, "ws-"));
    const { child, report } = runHost([base, script, workspace, "wait"]);
    const r = await report;
    for (const pid of [r.bwrapPid, r.initPid, r.entryPid]) expect(isAlive(pid)).toBe(true);
    const runDir = join(base, r.id);
    expect(processesMentioning(runDir).length).toBeGreaterThan(0);

    child.kill("SIGKILL");
    const gone = await waitFor(
      () =>
        [r.bwrapPid, r.initPid, r.entryPid].every((pid) => !isAlive(pid)) &&
        processesMentioning(runDir).length === 0,
      5000,
    );
    expect(gone).toBe(true);
    // what remains is a run directory for reap to collect. Its claims in a directory of its own:
    // reap({}) ends every matching run's claim, and other test files' live runs are in the shared one.
    const backend = createLocalBackend({ runDirBase: base, mountsDir: mkdtempSync(join(dir, "m-")) });
    expect(await backend.list({})).toEqual([]);
    expect((await backend.reap({})).map((x) => x.id)).toEqual([r.id]);
    expect(readdirSync(base)).toEqual([]);
  });

  async function isolationProbe(wrap: string[], node?: string): Promise<void> {
    const base = mkdtempSync(join(dir, "r-"));
    const workspace = mkdtempSync(join(dir, "ws-"));
    if (wrap.length) {
      chownSync(base, 65534, 65534);
      chownSync(workspace, 65534, 65534);
    }
    chmodSync(base, 0o700);
    const { report, leaked } = runHost([base, leakyScript, workspace, "probe"], wrap, node);
    const r = await report;
    expect(r.probeErr).toBe("");
    expect(r.probe).toBe("1000\nCapEff:\t0000000000000000\nCapBnd:\t0000000000000000\nok\n");
    expect(r.exitCode).toBe(0);
    expect(r.echo).toBe("ping");
    expect(r.copied).toBe("copied");
    expect(await leaked).toBe("");
  }

  it("isolates a sandbox made by this user, and no inherited descriptor leaks in", () => isolationProbe([]));

  itAsRoot(
    "isolates a sandbox made by an unprivileged user, and no inherited descriptor leaks in",
    async () => {
      expect(spawnSync("setpriv", ["--version"]).status, "setpriv (util-linux) is needed").toBe(0);
      // this node may live where nobody cannot reach it (a checkout under /root): a copy it can run
      const node = join(dir, "node");
      copyFileSync(process.execPath, node);
      chmodSync(node, 0o755);
      chmodSync(dir, 0o755);
      await isolationProbe(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"], node);
    },
  );
});

describe("local backend start-up failures", () => {
  let fx: ReturnType<typeof makeFixture>;
  beforeAll(() => {
    fx = makeFixture();
  });
  afterAll(async () => {
    await fx.cleanup();
  });

  it("a missing bwrap is a SandboxError saying how to install it", async () => {
    const backend = createLocalBackend({
      runDirBase: fx.runDirBase,
      bwrapPath: join(fx.dir, "no-such-bwrap"),
    });
    const error = await backend.create(fx.spec()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxError);
    expect((error as SandboxError).message).toContain("bubblewrap was not found");
    expect((error as SandboxError).hint).toContain("apt-get install bubblewrap");
    expect((error as SandboxError).hint).toContain("--backend docker");
  });

  it("bwrap without user namespaces (AppArmor's restriction) is a SandboxError with the sysctl fix", async () => {
    const fake = join(fx.dir, "fake-bwrap");
    writeFileSync(fake, "#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' >&2\nexit 1\n", {
      mode: 0o755,
    });
    const backend = createLocalBackend({ runDirBase: fx.runDirBase, bwrapPath: fake });
    const error = await backend.create(fx.spec()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxError);
    expect((error as SandboxError).message).toContain("user namespace");
    expect((error as SandboxError).message).toContain("setting up uid map: Permission denied");
    expect((error as SandboxError).hint).toContain("kernel.apparmor_restrict_unprivileged_userns=0");
    expect((error as SandboxError).hint).toContain("--backend docker");
    // nothing left behind
    expect(readdirSync(fx.runDirBase)).toEqual([]);
  });

  it("a bwrap that hangs before starting anything times out and is killed", async () => {
    const fake = join(fx.dir, "hanging-bwrap");
    writeFileSync(fake, "#!/bin/sh\nexec sleep 60\n", { mode: 0o755 });
    const backend = createLocalBackend({ runDirBase: fx.runDirBase, bwrapPath: fake, startupTimeoutMs: 300 });
    const error = await backend.create(fx.spec()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxError);
    expect((error as SandboxError).message).toContain("did not start within 300 ms");
    expect(processesMentioning(fake)).toEqual([]);
    expect(readdirSync(fx.runDirBase)).toEqual([]);
  });

  it("doctor reports each prerequisite with a fix when missing", async () => {
    const missing = await checkLocalPrerequisites({ bwrapPath: join(fx.dir, "no-such-bwrap") });
    const bwrap = missing.find((check) => check.name === "bubblewrap");
    expect(bwrap).toMatchObject({ ok: false });
    expect(bwrap?.fix).toContain("apt-get install bubblewrap");
    if (available) {
      const checks = await checkLocalPrerequisites();
      expect(checks.map((check) => check.name)).toEqual([
        "bubblewrap",
        "bubblewrap sandbox",
        "user namespace sysctls",
        "perl (exec into sandboxes)",
        "node runtime for the sandbox",
        "resource limits (local)",
        "run directory",
      ]);
      expect(checks.filter((check) => !check.ok)).toEqual([]);
    }
  });
});

describe.skipIf(!available)("local backend start-up time", () => {
  it("create() until the entry's first line costs little more than bubblewrap itself", async () => {
    const fx = makeFixture();
    const runs = 20;
    try {
      const created: number[] = [];
      const firstLines: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const sandbox = await fx.backend.create(fx.spec());
        created.push(performance.now() - started);
        await firstLine(sandbox.stdout);
        firstLines.push(performance.now() - started);
        await sandbox.destroy(1000);
      }
      // the same namespaces and mounts, running `true` instead of node (its link directory too)
      mkdirSync(join(fx.workspace, "link"), { recursive: true });
      const args = buildBwrapArgs({
        role: "commands",
        rootfs: planRootfs(realHostFs, process.env),
        network: "none",
        workspace: fx.workspace,
        workspaceMode: "rw",
        script: fx.script,
        node: process.execPath,
        runDir: fx.workspace,
        entryArgs: [],
      }).filter(
        (arg, i, all) =>
          !["--json-status-fd", "--args", "--seccomp"].includes(arg) &&
          !["--json-status-fd", "--args", "--seccomp"].includes(all[i - 1] as string),
      );
      const command = args.indexOf("--");
      const bwrapArgs = [...args.slice(0, command + 1), "/bin/true"];
      const bare: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await new Promise<void>((done, fail) => {
          const child = spawn(findExecutable("bwrap") as string, bwrapArgs, { stdio: "ignore", env: {} });
          child.once("error", fail);
          child.once("close", (code) => (code === 0 ? done() : fail(new Error(`bwrap exited ${code}`))));
        });
        bare.push(performance.now() - started);
      }
      const nodeAlone: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        spawnSync(process.execPath, ["-e", "console.log('x')"]);
        nodeAlone.push(performance.now() - started);
      }
      const result = {
        runs,
        median_create_ms: median(created),
        median_create_to_first_line_ms: median(firstLines),
        median_bwrap_true_ms: median(bare),
        median_node_hello_ms: median(nodeAlone),
      };
      console.log(`local backend start-up: ${JSON.stringify(result)}`);
      // loose bound: what matters is that our part stays small next to node's own start-up
      expect(result.median_create_to_first_line_ms).toBeLessThan(
        result.median_bwrap_true_ms + result.median_node_hello_ms + 250,
      );
    } finally {
      await fx.cleanup();
    }
  }, 120_000);
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.round(value * 10) / 10;
}
