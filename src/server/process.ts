// Runs one shell command with bounded time and bounded memory. The command gets its own process
// group so server shutdown can kill everything it started, and a timeout or a cancel ends all of
// its processes, those that left the group too (call-processes.ts).
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { endCallProcesses, ticksSinceBoot } from "./call-processes.js";
import { ShellPool } from "./shell-pool.js";
import { HeadTailCollector } from "./truncate.js";

export interface RunOptions {
  command: string;
  cwd: string;
  /** the environment every command gets */
  env: NodeJS.ProcessEnv;
  /** the call's own variables, on top of env */
  extraEnv?: Record<string, string>;
  /** long-lived shells to run the command in (see shell-pool.ts); without one, a fresh spawn */
  pool?: ShellPool;
  /** written to the command's stdin, which is then closed; undefined means /dev/null */
  stdin?: string;
  timeoutMs: number;
  /** cap per stream */
  maxOutputBytes: number;
  /** aborts (kills the process group) when the client cancels the call */
  signal?: AbortSignal;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  truncated: boolean;
  durationMs: number;
}

/**
 * After the shell exits, how long its pipes may stay open. A background job it left behind keeps
 * the write ends open; waiting for them would hang the call until that job ends.
 */
const PIPE_GRACE_MS = 200;

const running = new Set<number>();
const pools = new Set<ShellPool>();

/** A pool of shells for commands that run with `env`; killed with everything else at shutdown. */
export function createShellPool(env: NodeJS.ProcessEnv): ShellPool {
  const pool = new ShellPool(env, endCall);
  pools.add(pool);
  return pool;
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** The shells of every call (spawned or pooled, busy or idle): the trees a call's end spares. */
function liveShells(): number[] {
  const pids = [...running];
  for (const pool of pools) pids.push(...pool.pids());
  return pids;
}

/**
 * Ends the call whose shell is `pid` and which started `startedAt` (performance.now()): its
 * process group at once, then every process of it that left the group (call-processes.ts).
 */
export function endCall(pid: number, startedAt: number): Promise<void> {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // ESRCH: the group is already gone.
  }
  // one clock tick of slack: start times are counted in ticks
  const since = ticksSinceBoot(performance.now() - startedAt) - 1;
  return endCallProcesses(pid, since, liveShells).catch(() => {});
}

/** Kills the process groups of every command still running (server shutdown). */
export function killAllRunning(): void {
  for (const pid of running) killGroup(pid);
  for (const pool of pools) pool.killAll();
}

export function runShell(options: RunOptions): Promise<RunResult> {
  if (options.pool && ShellPool.accepts(options)) return options.pool.run(options);
  const started = performance.now();
  return new Promise<RunResult>((resolve, reject) => {
    const child = spawn("/bin/sh", ["-c", options.command], {
      cwd: options.cwd,
      env: options.extraEnv ? { ...options.env, ...options.extraEnv } : options.env,
      detached: true,
      stdio: [options.stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    const stdout = new HeadTailCollector(options.maxOutputBytes);
    const stderr = new HeadTailCollector(options.maxOutputBytes);
    let timedOut = false;
    let exitCode: number | undefined;
    let settled = false;
    let graceTimer: NodeJS.Timeout | undefined;
    /** the end of every process of the call, after a timeout or a cancel; the result waits for it */
    let ending: Promise<void> | undefined;
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);

    // SIGKILL straight away: a command at its deadline is not owed a clean shutdown, and SIGTERM
    // can be trapped or ignored, which would stretch the call past the deadline it was given.
    const end = () => {
      if (pid !== undefined) ending ??= endCall(pid, started);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      end();
    }, options.timeoutMs);
    const onAbort = end;
    options.signal?.addEventListener("abort", onAbort, { once: true });

    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      options.signal?.removeEventListener("abort", onAbort);
      if (pid !== undefined) running.delete(pid);
      child.stdout?.destroy();
      child.stderr?.destroy();
      if (error) {
        reject(error);
        return;
      }
      const out = stdout.result();
      const err = stderr.result();
      const result = {
        exitCode: exitCode ?? 1,
        stdout: out.text,
        stderr: err.text,
        timedOut,
        truncated: out.truncated || err.truncated,
        durationMs: Math.round(performance.now() - started),
      };
      if (ending) ending.then(() => resolve(result));
      else resolve(result);
    };

    child.stdout?.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => finish(error));
    child.on("exit", (code, signal) => {
      exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
      graceTimer = setTimeout(() => finish(), PIPE_GRACE_MS);
    });
    // "close" comes once the pipes are drained too: the normal way a call ends.
    child.on("close", () => finish());

    if (child.stdin) {
      // The command may exit without reading its input; EPIPE is expected then.
      child.stdin.on("error", () => {});
      child.stdin.end(options.stdin);
    }
  });
}
