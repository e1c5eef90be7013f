// Ends every process of a call that timed out or was cancelled, daemonized or not (threat model
// promise 6, issue 17 item 7). Killing the call's process group is not enough: `setsid`, a double
// fork or `nohup ... &` leave the group, and such a process then belongs to nobody but the pid
// namespace's init. So the call's processes are:
//   - its tree: the shell the call ran in and everything below it, by parent links; and
//   - what left the tree: processes adopted by the namespace's init (or by this server when it is
//     the init) that started after the call did, with everything below them.
// A process started during the call by another running call (or by a background job of an earlier
// call) that daemonized itself is indistinguishable from the call's own and is ended too. That
// errs on the side the contract asks for: nothing of a timed-out call survives it.
//
// Adopted processes count only when this server's pid namespace is the sandbox's own (the server
// is its init, or a child of it, as every backend starts it). Run on a host for tests, the server
// is neither, and the host's init adopts processes that are none of ours.
import { readdirSync, readFileSync } from "node:fs";

/** USER_HZ: the unit of /proc/PID/stat's start time on every Linux architecture we run on */
const CLOCK_TICKS_PER_SECOND = 100;
/** kill rounds: each re-reads /proc, so a process forked during a round is found by the next */
const MAX_ROUNDS = 200;

interface ProcessEntry {
  ppid: number;
  /** start time in clock ticks since boot */
  start: number;
}

function readProcessTable(): Map<number, ProcessEntry> {
  const table = new Map<number, ProcessEntry>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid <= 0) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "latin1");
      // the command name (field 2) is in parentheses and may hold anything: count from after it
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // dead, waiting to be reaped; but a leader that exited alone (exit, not exit_group) shows Z
      // while its other threads run on (field 20: the thread count), and SIGKILL to it ends them
      if ((fields[0] === "Z" || fields[0] === "X") && Number(fields[17]) <= 1) continue;
      table.set(pid, { ppid: Number(fields[1]), start: Number(fields[19]) });
    } catch {
      // exited meanwhile
    }
  }
  return table;
}

/** Clock ticks since boot, `msAgo` milliseconds ago (what /proc/PID/stat's start times count). */
export function ticksSinceBoot(msAgo = 0): number {
  const uptime = Number(readFileSync("/proc/uptime", "latin1").split(" ")[0]);
  return Math.floor((uptime - msAgo / 1000) * CLOCK_TICKS_PER_SECOND);
}

/** The pids that reparenting hands orphans to, when this server's pid namespace is the sandbox's. */
function adoptingParents(): Set<number> {
  if (process.pid === 1) return new Set([1]);
  if (process.ppid === 1) return new Set([1, process.pid]);
  return new Set();
}

function childrenOf(table: Map<number, ProcessEntry>): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const [pid, entry] of table) {
    const list = children.get(entry.ppid);
    if (list) list.push(pid);
    else children.set(entry.ppid, [pid]);
  }
  return children;
}

function addTree(root: number, children: Map<number, number[]>, into: Set<number>): void {
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    if (into.has(pid)) continue;
    into.add(pid);
    for (const child of children.get(pid) ?? []) stack.push(child);
  }
}

/**
 * The processes of the call whose shell is `root` and which started at `sinceTicks`, sparing the
 * trees of `spare` (other calls' shells, idle pooled shells), this server and its ancestors.
 */
export function callProcesses(root: number, sinceTicks: number, spare: Iterable<number>): Set<number> {
  const table = readProcessTable();
  const children = childrenOf(table);
  const spared = new Set<number>();
  for (const pid of spare) if (pid !== root) addTree(pid, children, spared);
  for (let pid = process.pid; pid > 0 && !spared.has(pid); pid = table.get(pid)?.ppid ?? 0) spared.add(pid);

  const victims = new Set<number>();
  if (table.has(root)) addTree(root, children, victims);
  for (const parent of adoptingParents()) {
    for (const pid of children.get(parent) ?? []) {
      const entry = table.get(pid);
      if (entry && entry.start >= sinceTicks && !spared.has(pid)) addTree(pid, children, victims);
    }
  }
  for (const pid of spared) victims.delete(pid);
  return victims;
}

/**
 * SIGKILLs the call's processes (see callProcesses) until none is left: a process that forks
 * while it is being killed is found again by the next round. Bounded: a sandbox's process count
 * is limited, so a fork loop runs out of room to outpace the rounds.
 */
export async function endCallProcesses(
  root: number,
  sinceTicks: number,
  spare: () => Iterable<number>,
): Promise<void> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const victims = callProcesses(root, sinceTicks, spare());
    if (victims.size === 0) return;
    for (const pid of victims) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone already
      }
    }
    // the first rounds back to back; then give the killed a moment to become zombies
    if (round >= 3) await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
