// Sandboxes survive the process that made them only as run directories: <base>/<id>/sandbox.json
// (host-only metadata) next to <base>/<id>/run (bound into the sandbox). list/reap work from those,
// so a post step or `gc` in another process finds what a killed daemon left behind.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { removeRunDir } from "../run-dir.js";
import type { ReapedSandbox } from "../types.js";
import { linkDirOf } from "./args.js";
import { removeCgroupsWhenEmpty } from "./limits.js";
import { stagedRunDir } from "./stage.js";

export interface SandboxRecord {
  version: 1;
  id: string;
  runId: string;
  labels: Record<string, string>;
  /** host pid of the bwrap process we spawned; null until spawned */
  bwrapPid: number | null;
  /** host pid of the sandbox's pid 1; null until known */
  initPid: number | null;
  /** the same two of the commands' compartment (ADR 0014); absent until spawned */
  runnerBwrapPid?: number | null;
  runnerInitPid?: number | null;
  createdAt: string;
  /** the sandbox's cgroup directories, removed at destroy/reap */
  cgroups?: string[];
  /** started by root: the unprivileged host uid and gid it runs as (identity.ts) */
  uid?: number;
  gid?: number;
}

export const RECORD_FILE = "sandbox.json";
export const RUN_SUBDIR = "run";

export function writeRecord(dir: string, record: SandboxRecord): void {
  writeFileSync(join(dir, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
}

export function readRecord(dir: string): SandboxRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(join(dir, RECORD_FILE), "utf8")) as SandboxRecord;
    return record && record.version === 1 && typeof record.id === "string" ? record : undefined;
  } catch {
    return undefined;
  }
}

export function labelsMatch(have: Record<string, string>, want: Record<string, string>): boolean {
  return Object.entries(want).every(([key, value]) => have[key] === value);
}

/**
 * true when `pid` is still the bubblewrap process of the sandbox in `dir`. Pids are recycled, so
 * the pid alone proves nothing; bwrap's argv names the run directory it binds.
 */
export function isOurBwrap(pid: number | null | undefined, dir: string): boolean {
  if (!pid) return false;
  let argv: string[];
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    return false;
  }
  const runDir = join(dir, RUN_SUBDIR);
  // started by root, bwrap binds them from its stage (stage.ts)
  const markers = [runDir, stagedRunDir(runDir), linkDirOf(runDir), linkDirOf(stagedRunDir(runDir))];
  return basename(argv[0] ?? "") === "bwrap" && argv.some((arg) => markers.includes(arg));
}

/**
 * What the commands' bubblewrap names in its argv and the server's does too: the link directory's
 * bind source (exec checks a pid is still the sandbox's by it).
 */
export function commandsMarker(dir: string, staged: boolean): string {
  const runDir = join(dir, RUN_SUBDIR);
  return linkDirOf(staged ? stagedRunDir(runDir) : runDir);
}

/** the host pids of a sandbox's bubblewraps and pid 1s, both compartments */
function recordPids(record: SandboxRecord): (number | null | undefined)[] {
  return [record.initPid, record.bwrapPid, record.runnerInitPid, record.runnerBwrapPid];
}

export function recordIsAlive(dir: string, record: SandboxRecord): boolean {
  return recordPids(record).some((pid) => isOurBwrap(pid, dir));
}

export interface FoundSandbox {
  dir: string;
  record: SandboxRecord;
  alive: boolean;
}

export function scan(base: string, labels: Record<string, string>): FoundSandbox[] {
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return [];
  }
  const found: FoundSandbox[] = [];
  for (const name of names) {
    const dir = join(base, name);
    const record = readRecord(dir);
    if (!record || !labelsMatch(record.labels, labels)) continue;
    found.push({ dir, record, alive: recordIsAlive(dir, record) });
  }
  return found;
}

/** Kills a sandbox found on disk, after re-checking each pid is still ours. */
export async function killFound(found: FoundSandbox): Promise<void> {
  const pids = recordPids(found.record).filter((pid) => isOurBwrap(pid, found.dir));
  // SIGKILL to the sandbox's pid 1 takes the whole pid namespace down with it.
  for (const pid of pids) {
    try {
      process.kill(pid as number, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }
  const deadline = Date.now() + 3000;
  while (pids.some((pid) => isOurBwrap(pid, found.dir)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Directories that never got a readable record (the creating process died between mkdir and the
 * first write) cannot be attributed to labels; they are removed once clearly abandoned.
 */
export function removeAbandoned(base: string, olderThanMs = 3_600_000): void {
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(base, name);
    if (!name.startsWith("sbx-") || readRecord(dir)) continue;
    try {
      if (Date.now() - statSync(dir).mtimeMs > olderThanMs && !existsSync(join(dir, RECORD_FILE)))
        removeRunDir(dir);
    } catch {
      // raced with another remover
    }
  }
}

/**
 * Everything a sandbox left on the host once its processes are gone: its cgroups, its run
 * directory. Not the mount points of protected paths: they belong to the run, not to one sandbox
 * (other sandboxes of the run may have them mounted; see src/backends/run-mounts.ts).
 */
export async function releaseHostState(dir: string, record: SandboxRecord): Promise<void> {
  if (record.cgroups?.length) await removeCgroupsWhenEmpty(record.cgroups);
  removeRunDir(dir);
}

export function reaped(found: FoundSandbox): ReapedSandbox {
  return { id: found.record.id, runId: found.record.runId };
}
