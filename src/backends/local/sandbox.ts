// One running bubblewrap sandbox: starting it (and telling a bubblewrap failure from a running
// entry process), the host's handles on it, and tearing it down.
import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import type net from "node:net";
import { join } from "node:path";
import { PassThrough, type Readable, type Writable } from "node:stream";
import { copyInViaExec } from "../copy-in.js";
import { buildEnv } from "../env.js";
import { type ExecOptions, type ExecResult, type Sandbox, SandboxError, type SandboxExit } from "../types.js";
import { connectUnixChannel } from "../unix-channel.js";
import { envArgs } from "./args.js";
import { entryExitedEarly, spawnFailure, startupFailure } from "./errors.js";
import { BWRAP_WRAPPER, type ExecTarget, runExec, SYSCALLS, sandboxNamespaces } from "./exec.js";
import { spawnSealed } from "./host.js";
import type { LimitSetup } from "./limits.js";
import { RUN_SUBDIR, releaseHostState, type SandboxRecord, writeRecord } from "./registry.js";

export interface StartParams {
  id: string;
  runId: string;
  bwrap: string;
  args: string[];
  /** environment of the entry process (sandbox env + entrypoint env) */
  entryEnv: Record<string, string>;
  /** environment of exec'd processes (sandbox env only) */
  sandboxEnv: Record<string, string>;
  /** <base>/<id> on the host */
  dir: string;
  /** host path of the entry process's socket */
  socketPath: string;
  record: SandboxRecord;
  perl: string | undefined;
  startupTimeoutMs: number;
  /** cgroups to join (by the host, joinCgroups) and RLIMIT_NPROC to set (then perl joins both, bwrapCommand) */
  limits: LimitSetup;
  /** the entry process's stdin (Entrypoint.stdin); without it, /dev/null */
  entryStdin?: Promise<string>;
}

const STDERR_CAPTURE_BYTES = 16 * 1024;
const KILL_WAIT_MS = 3000;

/**
 * bwrap itself, or, when RLIMIT_NPROC is to be set (which only a wrapper can do before bwrap
 * starts), perl's wrapper, which also joins the cgroups (exec.ts). bwrap alone is put into its
 * cgroups by joinCgroups() below.
 */
function bwrapCommand(params: StartParams): [string, string[]] {
  const { join: joins, nproc } = params.limits;
  if (nproc === undefined) return [params.bwrap, params.args];
  if (!params.perl || !SYSCALLS[process.arch]) {
    throw new SandboxError(
      "the local backend needs perl on the host to start a sandbox inside its limits",
      "install perl (Debian/Ubuntu: apt-get install perl-base)",
    );
  }
  return [
    params.perl,
    [
      "-e",
      BWRAP_WRAPPER,
      "--",
      joins.length ? joins.join(",") : "-",
      String(nproc),
      String(SYSCALLS[process.arch]?.prlimit64),
      params.bwrap,
      ...params.args,
    ],
  ];
}

/**
 * Puts a just-spawned bwrap into the sandbox's cgroups. bwrap reads its `--args` descriptor to the
 * end before it creates a namespace or a process, so while that pipe is open nothing of the
 * sandbox exists yet, and everything bwrap starts afterwards inherits the cgroups. (A /bin/sh
 * wrapper did this before; its exec cost ~2.5 ms of every start: docs/adr/0004.)
 */
export function joinCgroups(pid: number, procsFiles: string[]): void {
  for (const file of procsFiles) {
    try {
      writeFileSync(file, String(pid));
    } catch (error) {
      throw new SandboxError(
        `sandbox limits: cannot put the sandbox into cgroup ${file}: ${(error as Error).message}`,
        "run `sandbox-action doctor`; the cgroup may have been removed, or this user may not write to it",
      );
    }
  }
}

/** Spawns bubblewrap and resolves once the entry process runs inside, or rejects with why not. */
export async function startSandbox(params: StartParams): Promise<LocalSandbox> {
  let child: ChildProcess;
  try {
    const [command, argv] = bwrapCommand(params);
    child = spawnSealed(command, argv, {
      env: {},
      stdio: [params.entryStdin ? "pipe" : "ignore", "pipe", "pipe", "pipe", "pipe"],
      // its own session: a terminal's Ctrl-C reaches our process, which tears down in order
      detached: true,
    });
  } catch (error) {
    await releaseHostState(params.dir, params.record);
    if (error instanceof SandboxError) throw error;
    throw spawnFailure(params.bwrap, error as NodeJS.ErrnoException);
  }
  const argsPipe = child.stdio[4] as Writable;
  argsPipe.on("error", () => {});
  if (params.entryStdin && child.stdin) {
    const input = child.stdin;
    input.on("error", () => {}); // the sandbox gone: its exit says why
    params.entryStdin.then(
      (text) => input.end(text),
      () => input.end(),
    );
  }

  const stderr = new PassThrough();
  // bubblewrap's own error messages, for classifying a failed start
  const early: Buffer[] = [];
  let earlyBytes = 0;
  let starting = true;
  child.stderr?.on("data", (chunk: Buffer) => {
    if (starting && earlyBytes < STDERR_CAPTURE_BYTES) {
      early.push(chunk);
      earlyBytes += chunk.length;
    }
  });
  child.stderr?.pipe(stderr);

  const status = watchStatus(child.stdio[3] as Readable);
  let spawnError: NodeJS.ErrnoException | undefined;
  const exited = new Promise<SandboxExit>((resolve) => {
    child.once("error", (error) => {
      spawnError = error;
      // a failed spawn may not emit close
      if (child.pid === undefined) resolve({ code: null, signal: null });
    });
    child.once("close", (code, signal) => resolve({ code, signal }));
  });

  if (child.pid !== undefined) {
    params.record.bwrapPid = child.pid;
    writeRecord(params.dir, params.record);
  }

  let initPid: number;
  try {
    // bwrap waits for these before it creates anything (joinCgroups)
    if (params.limits.nproc === undefined && child.pid !== undefined)
      joinCgroups(child.pid, params.limits.join);
    argsPipe.end(envArgs(params.entryEnv));
    initPid = await waitForEntry(child, status, exited, params.startupTimeoutMs, () => spawnError);
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      signal(-child.pid, "SIGKILL");
      await Promise.race([exited, sleep(KILL_WAIT_MS)]);
    }
    await releaseHostState(params.dir, params.record);
    if (error instanceof SandboxError) throw error;
    const stderrText = Buffer.concat(early).toString("utf8");
    const { code, signal: sig } = await exited;
    if (spawnError) throw spawnFailure(params.bwrap, spawnError);
    throw status.setupFinished
      ? entryExitedEarly(stderrText, code, sig)
      : startupFailure(stderrText, code, sig);
  }
  starting = false;
  early.length = 0;
  params.record.initPid = initPid;
  writeRecord(params.dir, params.record);
  return new LocalSandbox(params, child, initPid, stderr, exited);
}

interface StatusWatch {
  childPid: Promise<number>;
  /** bubblewrap reports an exit code only when its setup finished and the command was exec'd */
  setupFinished: boolean;
}

function watchStatus(stream: Readable): StatusWatch {
  const watch = { setupFinished: false } as StatusWatch;
  let buffered = "";
  watch.childPid = new Promise<number>((resolve) => {
    stream.setEncoding("utf8");
    stream.on("data", (text: string) => {
      buffered += text;
      let newline = buffered.indexOf("\n");
      while (newline >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf("\n");
        if (!line) continue;
        try {
          const doc = JSON.parse(line) as Record<string, unknown>;
          if (typeof doc["child-pid"] === "number") resolve(doc["child-pid"]);
          if (typeof doc["exit-code"] === "number") watch.setupFinished = true;
        } catch {
          // bubblewrap may add other documents; ignore what we do not understand
        }
      }
    });
    stream.on("error", () => {});
  });
  return watch;
}

/**
 * Resolves with the sandbox's pid 1 once its child has exec'd the entry program. bubblewrap has
 * no "setup done" signal while running, but its pid 1 forks the command only after every mount is
 * in place, and the fork's comm stops being "bwrap" at exec. Polling /proc for that costs well
 * under a millisecond a round and avoids a second process on the start-up path.
 */
async function waitForEntry(
  child: ChildProcess,
  status: StatusWatch,
  exited: Promise<SandboxExit>,
  timeoutMs: number,
  spawnError: () => Error | undefined,
): Promise<number> {
  let done = false;
  let gone = false;
  const exitedEarly = exited.then(() => {
    gone = true;
    throw new Error("exited");
  });
  const timeout = sleep(timeoutMs).then(() => {
    throw new SandboxError(`the sandbox did not start within ${timeoutMs} ms`, "run `sandbox-action doctor`");
  });
  const ready = (async () => {
    const initPid = await status.childPid;
    while (!done) {
      if (gone || spawnError() || child.exitCode !== null || child.signalCode !== null)
        throw new Error("exited");
      const entry = firstChild(initPid);
      if (entry !== undefined && comm(entry) !== "bwrap") return initPid;
      await sleep(1);
    }
    return initPid;
  })();
  try {
    // Promise.race subscribes to all three, so the losers' later rejections are handled.
    return await Promise.race([ready, exitedEarly, timeout]);
  } finally {
    done = true;
  }
}

function firstChild(pid: number): number | undefined {
  try {
    const first = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(" ")[0];
    if (first) return Number(first);
    return undefined;
  } catch {
    // kernels without CONFIG_PROC_CHILDREN: scan for a process whose parent is pid
  }
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) return Number(name);
    } catch {
      // exited meanwhile
    }
  }
  return undefined;
}

function comm(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return undefined;
  }
}

export class LocalSandbox implements Sandbox {
  readonly backend = "local" as const;
  readonly id: string;
  readonly runId: string;
  readonly stdout: Readable;
  readonly exited: Promise<SandboxExit>;
  /** host pid of bubblewrap (the process we spawned) */
  readonly bwrapPid: number;
  /** host pid of the sandbox's pid 1 */
  readonly initPid: number;
  /** each limit and what enforces it here (cgroups, an rlimit, or nothing) */
  readonly limits: LimitSetup;
  private hasExited = false;
  private destroying: Promise<void> | undefined;
  private execTarget: ExecTarget | undefined;

  constructor(
    private readonly params: StartParams,
    child: ChildProcess,
    initPid: number,
    readonly stderr: Readable,
    exited: Promise<SandboxExit>,
  ) {
    this.id = params.id;
    this.runId = params.runId;
    this.stdout = child.stdout as Readable;
    this.bwrapPid = child.pid as number;
    this.initPid = initPid;
    this.limits = params.limits;
    this.exited = exited.then((exit) => {
      this.hasExited = true;
      return exit;
    });
  }

  async openChannel(): Promise<net.Socket> {
    this.assertRunning();
    return connectUnixChannel(this.params.socketPath);
  }

  async exec(argv: string[], options: ExecOptions = {}): Promise<ExecResult> {
    this.assertRunning();
    const perl = this.params.perl;
    if (!perl) {
      throw new SandboxError(
        "running a command inside a local sandbox needs perl on the host",
        "install perl (Debian/Ubuntu: apt-get install perl-base)",
      );
    }
    this.execTarget ??= {
      pid: this.initPid,
      marker: join(this.params.dir, RUN_SUBDIR),
      namespaces: sandboxNamespaces(this.initPid),
      perl,
      limits: { join: this.params.limits.join, nproc: this.params.limits.nproc },
    };
    const env = buildEnv(this.params.sandboxEnv, options.env);
    return runExec(this.execTarget, argv, env, options);
  }

  copyIn(content: Buffer | string, path: string, mode = 0o644): Promise<void> {
    return copyInViaExec((argv, options) => this.exec(argv, options), content, path, mode);
  }

  async alive(): Promise<boolean> {
    if (this.hasExited) return false;
    try {
      process.kill(this.bwrapPid, 0);
      return true;
    } catch {
      return false;
    }
  }

  destroy(graceMs = 3000): Promise<void> {
    this.destroying ??= this.teardown(graceMs);
    return this.destroying;
  }

  private async teardown(graceMs: number): Promise<void> {
    if (!this.hasExited) {
      // pid 1 called setsid, so its pid is the process group of the entry and everything it did not
      // move elsewhere. pid 1 itself ignores SIGTERM (a namespace's init without a handler).
      signal(-this.initPid, "SIGTERM");
      await Promise.race([this.exited, sleep(Math.max(0, graceMs))]);
    }
    if (!this.hasExited) {
      // SIGKILL to a pid namespace's init kills every process in the namespace.
      signal(this.initPid, "SIGKILL");
      signal(-this.bwrapPid, "SIGKILL");
      await Promise.race([this.exited, sleep(KILL_WAIT_MS)]);
    }
    await releaseHostState(this.params.dir, this.params.record);
  }

  private assertRunning(): void {
    if (this.hasExited || this.destroying) throw new SandboxError(`sandbox ${this.id} is not running`);
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
