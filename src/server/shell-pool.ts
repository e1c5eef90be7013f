// Runs commands through long-lived /bin/sh helpers instead of spawning from Node for every call.
// Node forks its whole (~100 MB) process for each spawn, which costs 6-9 ms here; a small shell
// forks in well under a millisecond. Each helper runs one command at a time, in its own process
// group (the helper is a session leader), so a timeout still kills everything the command started.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { constants } from "node:os";
import type { Readable, Writable } from "node:stream";
import type { RunOptions, RunResult } from "./process.js";
import { HeadTailCollector } from "./truncate.js";

/**
 * The helper: reads a request (a nonce line, script lines, the nonce again), runs the script in a
 * subshell with no stdin and without the control descriptor, then marks the end of its output on
 * stdout and stderr with the nonce between NULs and reports the exit status on fd 3. Its own
 * variables carry a prefix and are unset before the command runs.
 */
const HELPER = `
while IFS= read -r __sbx_nonce; do
  __sbx_script=
  while IFS= read -r __sbx_line; do
    [ "$__sbx_line" = "$__sbx_nonce" ] && break
    __sbx_script="$__sbx_script$__sbx_line
"
  done
  ( eval "$__sbx_script" ) </dev/null 3>&-
  __sbx_status=$?
  printf '\\0%s\\0' "$__sbx_nonce"
  printf '\\0%s\\0' "$__sbx_nonce" >&2
  printf '%s %s\\n' "$__sbx_nonce" "$__sbx_status" >&3
done
`;

/**
 * The command runs by `eval` in the subshell: a fresh `/bin/sh -c` would cost an exec (~3 ms, most
 * of what the helper saves). One difference shows: `$$` and `$PPID` would name the helper, not a
 * shell of the command's own, so a command that uses them gets the exact `/bin/sh -c` instead.
 */
function commandLine(command: string): string {
  return /\$\$|\$\{\$\}|PPID/.test(command)
    ? `exec /bin/sh -c ${shellQuote(command)}`
    : `eval ${shellQuote(command)}`;
}

/** ends the call whose shell is `pid` and which started at `startedAt` (performance.now()) */
export type EndCall = (pid: number, startedAt: number) => Promise<void>;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_IDLE = 2;

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** Splits a stream at the first `marker`, handing what comes before it to `sink`. */
class MarkerSplitter {
  private carry = Buffer.alloc(0);
  found = false;
  /** bytes that arrived after the marker: someone else still writes to the helper's stream */
  trailing = false;

  constructor(
    private readonly marker: Buffer,
    private readonly sink: (chunk: Buffer) => void,
  ) {}

  push(chunk: Buffer): boolean {
    if (this.found) {
      if (chunk.length > 0) this.trailing = true;
      return true;
    }
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const at = data.indexOf(this.marker);
    if (at >= 0) {
      if (at > 0) this.sink(data.subarray(0, at));
      if (data.length > at + this.marker.length) this.trailing = true;
      this.found = true;
      this.carry = Buffer.alloc(0);
      return true;
    }
    // keep what could be the start of a marker split across chunks
    const keep = Math.min(this.marker.length - 1, data.length);
    if (data.length > keep) this.sink(data.subarray(0, data.length - keep));
    this.carry = Buffer.from(data.subarray(data.length - keep));
    return false;
  }

  flush(): void {
    if (!this.found && this.carry.length > 0) this.sink(this.carry);
    this.carry = Buffer.alloc(0);
  }
}

class Helper {
  readonly child: ChildProcess;
  readonly pid: number;
  dead = false;
  private onData: ((stream: "stdout" | "stderr" | "status", chunk: Buffer) => void) | undefined;
  private onExit: ((signal: NodeJS.Signals | null) => void) | undefined;

  constructor(
    env: NodeJS.ProcessEnv,
    private readonly endCall: EndCall,
  ) {
    this.child = spawn("/bin/sh", ["-c", HELPER], {
      env,
      // its own session and process group: the unit a timeout kills
      detached: true,
      stdio: ["pipe", "pipe", "pipe", "pipe"],
    });
    if (this.child.pid === undefined) throw new Error("cannot start /bin/sh");
    this.pid = this.child.pid;
    this.child.stdin?.on("error", () => {});
    this.child.stdout?.on("data", (chunk: Buffer) => this.onData?.("stdout", chunk));
    this.child.stderr?.on("data", (chunk: Buffer) => this.onData?.("stderr", chunk));
    (this.child.stdio[3] as Readable).on("data", (chunk: Buffer) => this.onData?.("status", chunk));
    this.child.on("exit", (_code, signal) => {
      this.dead = true;
      this.onExit?.(signal);
    });
    this.child.on("error", () => {
      this.dead = true;
      this.onExit?.(null);
    });
  }

  run(options: RunOptions, started: number): Promise<RunResult & { clean: boolean }> {
    const nonce = `sbx-${randomBytes(16).toString("hex")}`;
    const marker = Buffer.from(`\0${nonce}\0`);
    const stdout = new HeadTailCollector(options.maxOutputBytes);
    const stderr = new HeadTailCollector(options.maxOutputBytes);
    const out = new MarkerSplitter(marker, (chunk) => stdout.push(chunk));
    const err = new MarkerSplitter(marker, (chunk) => stderr.push(chunk));
    let statusText = "";
    let exitStatus: number | undefined;
    let timedOut = false;

    return new Promise((resolve) => {
      let settled = false;
      /** the end of every process of the call, after a timeout or a cancel; the result waits for it */
      let ending: Promise<void> | undefined;
      const finish = (exitCode: number) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        this.onData = undefined;
        this.onExit = undefined;
        out.flush();
        err.flush();
        const o = stdout.result();
        const e = stderr.result();
        const result = {
          exitCode,
          stdout: o.text,
          stderr: e.text,
          timedOut,
          truncated: o.truncated || e.truncated,
          durationMs: Math.round(performance.now() - started),
          clean: !this.dead && !timedOut && !out.trailing && !err.trailing && !this.hasLeftovers(),
        };
        if (ending) ending.then(() => resolve(result));
        else resolve(result);
      };
      const check = () => {
        if (out.found && err.found && exitStatus !== undefined) finish(exitStatus);
      };
      this.onData = (stream, chunk) => {
        if (stream === "stdout") out.push(chunk);
        else if (stream === "stderr") err.push(chunk);
        else {
          statusText += chunk.toString("latin1");
          const match = new RegExp(`^${nonce} (\\d+)$`, "m").exec(statusText);
          if (match) exitStatus = Number(match[1]);
        }
        check();
      };
      this.onExit = (signal) => {
        // killed at its deadline (or the command killed its helper): report like a killed shell
        finish(exitStatus ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
      };
      // SIGKILL straight away, as the spawn path does: the deadline is not negotiable. The helper
      // dies with its group; what the command moved out of the group is found and ended too.
      const end = () => {
        ending ??= this.endCall(this.pid, started);
      };
      const timer = setTimeout(() => {
        timedOut = true;
        end();
      }, options.timeoutMs);
      const onAbort = end;
      options.signal?.addEventListener("abort", onAbort, { once: true });

      const exports = Object.entries(options.extraEnv ?? {})
        .map(([key, value]) => `export ${key}=${shellQuote(value)}\n`)
        .join("");
      const script =
        "unset __sbx_nonce __sbx_script __sbx_line __sbx_status\n" +
        `cd -- ${shellQuote(options.cwd)} || exit 1\n${exports}${commandLine(options.command)}\n`;
      (this.child.stdin as Writable).write(`${nonce}\n${script}${nonce}\n`);
    });
  }

  /** Processes the command left running in the helper's group (`cmd &`): they hold its pipes. */
  private hasLeftovers(): boolean {
    let names: string[];
    try {
      names = readdirSync("/proc");
    } catch {
      return true;
    }
    for (const name of names) {
      // A leftover was started after its helper, so it has a higher pid (short of the pid counter
      // wrapping around, which a sandbox's own pid namespace does not come near).
      const pid = Number(name);
      if (!Number.isInteger(pid) || pid <= this.pid) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "latin1");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (Number(fields[2]) === this.pid) return true;
      } catch {
        // exited meanwhile, or not a process
      }
    }
    return false;
  }

  retire(): void {
    this.dead = true;
    this.child.stdin?.end();
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
    (this.child.stdio[3] as Readable).destroy();
  }

  kill(): void {
    try {
      process.kill(-this.pid, "SIGKILL");
    } catch {
      // gone already
    }
  }
}

export class ShellPool {
  private readonly idle: Helper[] = [];
  private readonly busy = new Set<Helper>();

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    /** ends a call that timed out or was cancelled: its helper's group and all that left it */
    private readonly endCall: EndCall,
  ) {}

  /** Whether a call can go through a helper: the helper's stdin carries requests, not input. */
  static accepts(options: RunOptions): boolean {
    return (
      options.stdin === undefined &&
      !options.command.includes("\0") &&
      !options.cwd.includes("\0") &&
      Object.entries(options.extraEnv ?? {}).every(
        ([key, value]) => ENV_NAME.test(key) && !value.includes("\0"),
      )
    );
  }

  async run(options: RunOptions): Promise<RunResult> {
    const started = performance.now();
    let helper = this.idle.pop();
    while (helper?.dead) helper = this.idle.pop();
    helper ??= new Helper(this.env, this.endCall);
    this.busy.add(helper);
    try {
      const { clean, ...result } = await helper.run(options, started);
      if (clean && this.idle.length < MAX_IDLE) this.idle.push(helper);
      else helper.retire();
      return result;
    } finally {
      this.busy.delete(helper);
    }
  }

  /** every helper's pid, busy or idle */
  pids(): number[] {
    return [...this.busy, ...this.idle].filter((helper) => !helper.dead).map((helper) => helper.pid);
  }

  killAll(): void {
    for (const helper of [...this.busy, ...this.idle]) helper.kill();
    this.idle.length = 0;
  }
}
