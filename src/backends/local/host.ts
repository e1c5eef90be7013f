// Spawning on the host without handing the sandbox descriptors it must not have.
import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import type { Duplex } from "node:stream";

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
