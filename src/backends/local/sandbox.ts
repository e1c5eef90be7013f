// One running local sandbox: its two bubblewraps (ADR 0014: the server's compartment and the
// commands'), starting them (and telling a bubblewrap failure from a running entry process), the
// host's handles on them, and tearing them down.
import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import type net from "node:net";
import { PassThrough, type Readable, type Writable } from "node:stream";
import { copyInViaExec } from "../copy-in.js";
import { buildEnv } from "../env.js";
import { type ExecOptions, type ExecResult, type Sandbox, SandboxError, type SandboxExit } from "../types.js";
import { connectUnixChannel } from "../unix-channel.js";
import { type CompartmentRole, envArgs, SECCOMP_FD } from "./args.js";
import { entryExitedEarly, spawnFailure, startupFailure } from "./errors.js";
import { BWRAP_WRAPPER, type ExecTarget, runExec, SYSCALLS, sandboxNamespaces } from "./exec.js";
import { spawnSealed } from "./host.js";
import type { SandboxIdentity } from "./identity.js";
import type { LimitSetup } from "./limits.js";
import { identitySyscalls, ROOT_BWRAP_WRAPPER } from "./privilege.js";
import { commandsMarker, releaseHostState, type SandboxRecord, writeRecord } from "./registry.js";
import { STAGED_BWRAP, type StageEntry, stageArgs } from "./stage.js";

export interface StartParams {
  id: string;
  runId: string;
  bwrap: string;
  /** bubblewrap's argv for each compartment (args.ts) */
  args: Record<CompartmentRole, string[]>;
  /** environment of the server (its entrypoint env only) */
  entryEnv: Record<string, string>;
  /** environment of the runner and of exec'd processes: the commands' (sandbox env + runner env) */
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
  /** the compiled seccomp filter every process of the sandbox runs under (seccomp.ts) */
  seccomp: Buffer;
  /** started by root: the unprivileged uid bubblewrap and everything in the sandbox run as */
  identity?: SandboxIdentity;
  /** with identity: what the root wrapper stages for bubblewrap (stage.ts) */
  stage?: StageEntry[];
}

const STDERR_CAPTURE_BYTES = 16 * 1024;
const KILL_WAIT_MS = 3000;

/**
 * bwrap itself, or, when RLIMIT_NPROC is to be set (which only a wrapper can do before bwrap
 * starts), perl's wrapper, which also joins the cgroups (exec.ts). bwrap alone is put into its
 * cgroups by joinCgroups() below. Started by root, always the root wrapper (privilege.ts), which
 * stages what bwrap binds and drops to the sandbox's uid before it execs bwrap.
 */
export function bwrapCommand(params: StartParams, args: string[]): [string, string[]] {
  if (params.identity) return rootWrapperCommand(params, params.identity, args);
  if (params.limits.nproc === undefined) return [params.bwrap, args];
  if (!params.perl || !SYSCALLS[process.arch]) {
    throw new SandboxError(
      "the local backend needs perl on the host to start a sandbox inside its limits",
      "install perl (Debian/Ubuntu: apt-get install perl-base)",
    );
  }
  return [params.perl, ["-e", BWRAP_WRAPPER, "--", ...limitArgs(params.limits), params.bwrap, ...args]];
}

/** Both wrappers' first arguments: the cgroups to join, RLIMIT_NPROC and prlimit64's number. */
function limitArgs({ join: joins, nproc }: LimitSetup): string[] {
  return [
    joins.length ? joins.join(",") : "-",
    nproc === undefined ? "-" : String(nproc),
    String(SYSCALLS[process.arch]?.prlimit64),
  ];
}

function rootWrapperCommand(
  params: StartParams,
  identity: SandboxIdentity,
  args: string[],
): [string, string[]] {
  const nrs = identitySyscalls();
  if (!params.perl || !SYSCALLS[process.arch] || !nrs) {
    throw new SandboxError(
      "started by root, the local backend needs perl on the host to run the sandbox as an unprivileged uid (it never runs as root)",
      "install perl (Debian/Ubuntu: apt-get install perl-base), or run as a non-root user",
    );
  }
  return [
    params.perl,
    [
      "-e",
      ROOT_BWRAP_WRAPPER,
      "--",
      ...limitArgs(params.limits),
      nrs,
      String(identity.uid),
      String(identity.gid),
      identity.idmap ? `${identity.idmap.diskUid}:${identity.idmap.diskGid}` : "-",
      ...stageArgs(params.stage ?? []),
      // from the stage: the sandbox's uid need not reach bwrap's own path
      params.stage ? STAGED_BWRAP : params.bwrap,
      ...args,
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

/** One bubblewrap of a sandbox, running its entry process. */
interface Compartment {
  child: ChildProcess;
  /** host pid of the compartment's pid 1 */
  initPid: number;
  exited: Promise<SandboxExit>;
}

/**
 * Spawns the bubblewrap of one compartment and resolves once its entry process runs inside, or
 * rejects with why not (having killed what it spawned). Its stderr goes to `stderr`.
 */
async function startCompartment(
  params: StartParams,
  role: CompartmentRole,
  stderr: PassThrough,
): Promise<Compartment> {
  const server = role === "server";
  const stdin = server ? params.entryStdin : undefined;
  let child: ChildProcess;
  try {
    const [command, argv] = bwrapCommand(params, params.args[role]);
    child = spawnSealed(command, argv, {
      env: {},
      // bwrap may run as the sandbox's uid, which need not reach our working directory
      cwd: "/",
      stdio: [stdin ? "pipe" : "ignore", server ? "pipe" : "ignore", "pipe", "pipe", "pipe", "pipe"],
      // its own session: a terminal's Ctrl-C reaches our process, which tears down in order
      detached: true,
    });
  } catch (error) {
    if (error instanceof SandboxError) throw error;
    throw spawnFailure(params.bwrap, error as NodeJS.ErrnoException);
  }
  const argsPipe = child.stdio[4] as Writable;
  argsPipe.on("error", () => {});
  const seccompPipe = (child.stdio as unknown as Writable[])[SECCOMP_FD] as Writable;
  seccompPipe.on("error", () => {});
  seccompPipe.end(params.seccomp);
  if (stdin && child.stdin) {
    const input = child.stdin;
    input.on("error", () => {}); // the sandbox gone: its exit says why
    stdin.then(
      (text) => input.end(text),
      () => input.end(),
    );
  }

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
  child.stderr?.pipe(stderr, { end: false });

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
    if (server) params.record.bwrapPid = child.pid;
    else params.record.runnerBwrapPid = child.pid;
    writeRecord(params.dir, params.record);
  }

  let initPid: number;
  try {
    // bwrap waits for these before it creates anything (joinCgroups)
    if (params.limits.nproc === undefined && !params.identity && child.pid !== undefined)
      joinCgroups(child.pid, params.limits.join);
    argsPipe.end(envArgs(server ? params.entryEnv : params.sandboxEnv));
    initPid = await waitForEntry(child, status, exited, params.startupTimeoutMs, () => spawnError);
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      signal(-child.pid, "SIGKILL");
      await Promise.race([exited, sleep(KILL_WAIT_MS)]);
    }
    if (error instanceof SandboxError) throw error;
    const stderrText = Buffer.concat(early).toString("utf8");
    const { code, signal: sig } = await exited;
    if (spawnError) throw spawnFailure(params.bwrap, spawnError);
    throw status.setupFinished
      ? entryExitedEarly(stderrText, code, sig)
      : startupFailure(stderrText, code, sig, params.identity);
  }
  starting = false;
  early.length = 0;
  if (server) params.record.initPid = initPid;
  else params.record.runnerInitPid = initPid;
  writeRecord(params.dir, params.record);
  return { child, initPid, exited };
}

/**
 * Starts both compartments (ADR 0014) and resolves once both entry processes run, or rejects with
 * why not, leaving nothing behind. They find each other through the link directory.
 */
export async function startSandbox(params: StartParams): Promise<LocalSandbox> {
  const stderr = new PassThrough();
  const started = await Promise.allSettled([
    startCompartment(params, "server", stderr),
    startCompartment(params, "commands", stderr),
  ]);
  const [server, commands] = started;
  if (server.status === "fulfilled" && commands.status === "fulfilled") {
    return new LocalSandbox(params, server.value, commands.value, stderr);
  }
  for (const outcome of started) {
    if (outcome.status !== "fulfilled") continue;
    signal(outcome.value.initPid, "SIGKILL");
    signal(-(outcome.value.child.pid as number), "SIGKILL");
    await Promise.race([outcome.value.exited, sleep(KILL_WAIT_MS)]);
  }
  await releaseHostState(params.dir, params.record);
  throw (server.status === "rejected" ? server.reason : (commands as PromiseRejectedResult).reason) as Error;
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
  /** host pid of the server's bubblewrap (the process we spawned) */
  readonly bwrapPid: number;
  /** host pid of the server compartment's pid 1 */
  readonly initPid: number;
  /** host pids of the commands compartment's bubblewrap and pid 1 (the runner's, exec's) */
  readonly commandsBwrapPid: number;
  readonly commandsInitPid: number;
  /** each limit and what enforces it here (cgroups, an rlimit, or nothing) */
  readonly limits: LimitSetup;
  private hasExited = false;
  private destroying: Promise<void> | undefined;
  private execTarget: ExecTarget | undefined;

  constructor(
    private readonly params: StartParams,
    private readonly server: Compartment,
    private readonly commands: Compartment,
    readonly stderr: Readable,
  ) {
    this.id = params.id;
    this.runId = params.runId;
    this.stdout = server.child.stdout as Readable;
    this.bwrapPid = server.child.pid as number;
    this.initPid = server.initPid;
    this.commandsBwrapPid = commands.child.pid as number;
    this.commandsInitPid = commands.initPid;
    this.limits = params.limits;
    this.exited = server.exited.then((exit) => {
      this.hasExited = true;
      // the runner ends when its link does; its compartment goes with the server's in any case
      killCompartment(commands);
      return exit;
    });
  }

  async openChannel(): Promise<net.Socket> {
    this.assertRunning();
    return connectUnixChannel(this.params.socketPath);
  }

  /** runs beside the commands, in their compartment, with their environment */
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
      pid: this.commandsInitPid,
      // the link directory as this bwrap's argv names it (staged when started by root)
      marker: commandsMarker(this.params.dir, this.params.identity !== undefined),
      namespaces: sandboxNamespaces(this.commandsInitPid),
      perl,
      limits: { join: this.params.limits.join, nproc: this.params.limits.nproc },
      identity: this.params.identity,
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
      signal(-this.commandsInitPid, "SIGTERM");
      await Promise.race([this.exited, sleep(Math.max(0, graceMs))]);
    }
    if (!this.hasExited) {
      // SIGKILL to a pid namespace's init kills every process in the namespace.
      killCompartment(this.server);
      await Promise.race([this.exited, sleep(KILL_WAIT_MS)]);
    }
    killCompartment(this.commands);
    await Promise.race([this.commands.exited, sleep(KILL_WAIT_MS)]);
    await releaseHostState(this.params.dir, this.params.record);
  }

  private assertRunning(): void {
    if (this.hasExited || this.destroying) throw new SandboxError(`sandbox ${this.id} is not running`);
  }
}

/** SIGKILL to a compartment's pid 1 (which takes its pid namespace down) and to its bwrap. */
function killCompartment(compartment: Compartment): void {
  signal(compartment.initPid, "SIGKILL");
  signal(-(compartment.child.pid as number), "SIGKILL");
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
