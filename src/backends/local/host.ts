// Host-side lookups: which programs to run, and where per-sandbox run directories live.
import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import {
  accessSync,
  constants,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, isAbsolute, join } from "node:path";
import type { Duplex } from "node:stream";
import { SandboxError } from "../types.js";

/**
 * An absolute path for `name`: we spawn with a scrubbed environment, whose PATH is the sandbox's,
 * so the host's PATH must be searched here.
 */
export function findExecutable(name: string, pathEnv = process.env.PATH ?? ""): string | undefined {
  if (isAbsolute(name)) return isExecutable(name) ? name : undefined;
  for (const dir of pathEnv.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The Node binary to bind into the sandbox. Under Node it is this process's own; under Deno (the CLI
 * supports `deno run`) execPath is deno, whose TLS server cannot serve the sandbox side, so a node
 * on PATH is used.
 */
export function resolveNodeBinary(override?: string): string {
  const versions = process.versions as Record<string, string | undefined>;
  const candidate = override ?? (versions.deno || versions.bun ? findExecutable("node") : process.execPath);
  if (!candidate || !isExecutable(candidate)) {
    throw new SandboxError(
      `no Node.js binary to run the sandbox server with${candidate ? ` (${candidate} is not executable)` : ""}`,
      "install Node.js 22 or newer on PATH",
    );
  }
  return realpathSync(candidate);
}

/**
 * Where run directories go. Unix socket paths are limited to 107 bytes, so this stays short;
 * RUNNER_TEMP is per job and cleaned by the runner, elsewhere a per-user directory in the temp dir.
 */
export function runDirBase(env: Record<string, string | undefined> = process.env): string {
  if (env.RUNNER_TEMP && isAbsolute(env.RUNNER_TEMP)) return join(env.RUNNER_TEMP, "sandbox-action");
  return join(tmpdir(), `sandbox-action-${process.getuid?.() ?? "user"}`);
}

/**
 * Creates the base (0700) and checks that it is really ours: in a shared /tmp another user could
 * have created it first, or planted a symlink, to read our sockets or swap our files.
 */
export function ensureRunDirBase(base: string): void {
  try {
    mkdirSync(base, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new SandboxError(
      `cannot create the run directory ${base}: ${(error as Error).message}`,
      undefined,
      {
        cause: error,
      },
    );
  }
  const stat = lstatSync(base);
  const uid = process.getuid?.();
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o077) !== 0) {
    throw new SandboxError(
      `the run directory ${base} is not a private directory of this user (a symlink, another owner, or group/world access)`,
      `remove ${base} or set RUNNER_TEMP to a private directory`,
    );
  }
}

const O_CLOEXEC = 0o2000000;

/**
 * Descriptors this process inherited without close-on-exec (from whatever started it: a runner's
 * log pipe, a parent's IPC channel). libuv (and Deno) hand every such fd to each child they spawn,
 * and bubblewrap passes them on into the sandbox. Node and Deno open their own descriptors
 * close-on-exec, so anything without the flag came from outside.
 */
export function inheritedFds(): number[] {
  let names: string[];
  try {
    names = readdirSync("/proc/self/fd");
  } catch {
    return [];
  }
  const fds: number[] = [];
  for (const name of names) {
    const fd = Number(name);
    if (!Number.isInteger(fd) || fd <= 2) continue;
    try {
      const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, "utf8"))?.[1];
      if (flags !== undefined && (Number.parseInt(flags, 8) & O_CLOEXEC) === 0) fds.push(fd);
    } catch {
      // the fd that listed the directory, closed by now
    }
  }
  return fds;
}

/**
 * spawn, with every inherited descriptor shadowed in the child by a fresh socket whose other end
 * is closed at once. (A /dev/null fd would be lighter, but Deno's fs fds are not OS fds.)
 */
export function spawnSealed(
  command: string,
  args: string[],
  options: SpawnOptions & { stdio: StdioEntry[] },
): ChildProcess {
  const leaks = inheritedFds().filter((fd) => fd >= options.stdio.length);
  const stdio: StdioEntry[] = [...options.stdio];
  for (let fd = options.stdio.length; fd <= Math.max(-1, ...leaks); fd++)
    stdio[fd] = leaks.includes(fd) ? "pipe" : "ignore";
  const child = spawn(command, args, { ...options, stdio });
  for (const fd of leaks) (child.stdio[fd] as Duplex | null)?.destroy();
  return child;
}

type StdioEntry = "pipe" | "ignore" | "inherit";
