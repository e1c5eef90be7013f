// The protected-path mount points of a workspace, per run rather than per sandbox (docs/adr/0012).
//
// Removing a mount point in one mount namespace detaches the mounts on it in every other one, and
// creating one in a directory that a live sandbox can write races with that sandbox (it can swap
// the new directory for a symlink before bubblewrap or the engine resolves it). So the mount points
// of a workspace are made once, by the first run, before any sandbox on it starts; every further
// sandbox of that run, and of any other run with the same protected paths, reuses the same plan
// (checked, never re-made); and they are removed only when the last of those runs has ended, when
// none of their sandboxes can be alive. A run with other protected paths is refused while the
// workspace is held: its sandboxes would lack mount points the others rely on, and could move them.
//
// The record (a claim) lives in a private host directory, never in the workspace, one JSON file per
// workspace, updated under a lock file so that runs in several processes (two `up`, post, gc) see
// each other. Each run entry carries the run's labels, so reap by label (post, gc) releases it.

import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { ownerState, processStartTime } from "./owner.js";
import { type ProtectPlan, planProtectedPaths, removeCreated, verifyPlan } from "./protect.js";
import { ensureRunDirBase, runDirBase } from "./run-dir.js";
import { type BackendName, SandboxError } from "./types.js";

export interface ClaimedRun {
  backend: BackendName;
  /** the labels of the run's sandboxes (run id and owner included): reap matches on them */
  labels: Record<string, string>;
  since: string;
}

export interface WorkspaceClaim {
  version: 1;
  workspace: string;
  /** the protected paths the plan was made for, sorted */
  paths: string[];
  plan: ProtectPlan;
  /** the runs that may have sandboxes with these mounts, by run id */
  runs: Record<string, ClaimedRun>;
}

export interface JoinRequest {
  /** where claims live (private to this user); default: claimsDir() */
  dir: string;
  /** real path of the workspace */
  workspace: string;
  paths: readonly string[] | undefined;
  workspaceMode: "rw" | "ro";
  runId: string;
  labels: Record<string, string>;
  backend: BackendName;
  /**
   * For a run of this backend whose owner process is gone: whether any sandbox of it may still
   * exist (a container outlives a killed daemon). Runs judged over are dropped from the claim.
   */
  runMayLive(runId: string): boolean;
}

/** The default place for claims: next to the run directories, private to this user. */
export function claimsDir(env: Record<string, string | undefined> = process.env): string {
  return runDirBase(env, "sandbox-action-mounts");
}

/**
 * One claim per workspace directory, named by its device and inode: the same directory whatever
 * path leads to it, and no hash (nothing before a sandbox's spawn loads node:crypto, ADR 0010).
 */
export function claimPath(dir: string, workspace: string): string {
  const { dev, ino } = statSync(workspace);
  return join(dir, `${dev}-${ino}.json`);
}

function sameDirectory(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * The plan of protected mounts for a sandbox of `runId` on `workspace`. The first run on the
 * workspace makes it (creating the missing mount points); every later sandbox, of this run or of
 * another run with the same paths, gets that plan back after verifyPlan. Throws a SandboxError
 * for a symlink, a changed mount point, or another run holding the workspace with other paths.
 */
export function joinRun(request: JoinRequest): ProtectPlan {
  if (request.workspaceMode === "ro" || !request.paths?.length) return { mounts: [], created: [] };
  ensureRunDirBase(request.dir);
  const paths = [...request.paths].sort();
  const file = claimPath(request.dir, request.workspace);
  refuseNested(request);
  return withLock(file, () => {
    let claim = readClaim(file);
    // named by device and inode: a claim on a removed directory whose inode came back is stale
    if (claim && claim.workspace !== request.workspace && !sameDirectory(claim.workspace, request.workspace))
      claim = undefined;
    if (claim) claim = dropRunsOver(file, claim, request);
    const run: ClaimedRun = {
      backend: request.backend,
      labels: request.labels,
      since: new Date().toISOString(),
    };
    if (claim) {
      if (claim.runs[request.runId] || sameList(claim.paths, paths)) {
        verifyPlan(claim.plan);
        if (!claim.runs[request.runId]) {
          claim.runs[request.runId] = run;
          writeClaim(file, claim);
        }
        return claim.plan;
      }
      const others = Object.keys(claim.runs).join(", ");
      throw new SandboxError(
        `the workspace ${request.workspace} is in use by another run (${others}) with other protected paths; its sandboxes rely on mount points that a sandbox without them could move or remove`,
        "stop the other run first (`down`, or let its job finish), give both the same protected-paths, or use a separate checkout (git worktree); `gc` clears runs whose process is gone",
      );
    }
    // The first run: written before each mount point is made, so a crash leaves a record of it.
    const fresh: WorkspaceClaim = {
      version: 1,
      workspace: request.workspace,
      paths,
      plan: { mounts: [], created: [] },
      runs: { [request.runId]: run },
    };
    writeClaim(file, fresh);
    try {
      fresh.plan = planProtectedPaths(request.workspace, paths, "rw", (created) => {
        fresh.plan.created = [...created];
        writeClaim(file, fresh);
      });
    } catch (error) {
      unlinkQuietly(file); // planProtectedPaths removed what it made
      throw error;
    }
    writeClaim(file, fresh);
    return fresh.plan;
  });
}

/**
 * Ends every run of `backend` whose labels match `labels` (the caller made sure none of their
 * sandboxes is alive any more); a workspace whose last run ended gets its mount points removed.
 * Returns the mount points that could not be removed (not empty any more, or busy).
 */
export function leaveRuns(dir: string, backend: BackendName, labels: Record<string, string>): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".json"));
  } catch {
    return [];
  }
  const left: string[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const peek = readClaim(file);
    if (!peek || !Object.values(peek.runs).some((run) => matches(run, backend, labels))) continue;
    withLock(file, () => {
      const claim = readClaim(file);
      if (!claim) return;
      for (const [runId, run] of Object.entries(claim.runs))
        if (matches(run, backend, labels)) delete claim.runs[runId];
      left.push(...settle(file, claim));
    });
  }
  return left;
}

/** The claim without runs of this backend that are over (owner gone, no sandbox left). */
/**
 * A workspace inside another run's workspace, or around it, is refused while that run lives: a
 * sandbox of the outer run can write the inner workspace, where the inner run makes its mount
 * points, and swap one for a symlink the engine then follows on the host (ADR 0012). Runs whose
 * owner process is gone do not count.
 */
function refuseNested(request: JoinRequest): void {
  let names: string[];
  try {
    names = readdirSync(request.dir).filter((name) => name.endsWith(".json"));
  } catch {
    return;
  }
  const inside = (a: string, b: string) => a.startsWith(b.endsWith("/") ? b : `${b}/`);
  for (const name of names) {
    const claim = readClaim(join(request.dir, name));
    if (!claim || claim.workspace === request.workspace) continue;
    if (!inside(claim.workspace, request.workspace) && !inside(request.workspace, claim.workspace)) continue;
    const live = Object.entries(claim.runs).filter(
      ([runId, run]) => runId !== request.runId && ownerState(run.labels).state !== "gone",
    );
    if (live.length === 0) continue;
    throw new SandboxError(
      `the workspace ${request.workspace} overlaps ${claim.workspace}, the workspace of a live run (${live.map(([id]) => id).join(", ")}): a sandbox of one could change where the other's protected paths are mounted`,
      "use workspaces that do not contain each other, or stop the other run first (`down`, or let its job finish)",
    );
  }
}

function dropRunsOver(file: string, claim: WorkspaceClaim, request: JoinRequest): WorkspaceClaim | undefined {
  let dropped = false;
  for (const [runId, run] of Object.entries(claim.runs)) {
    if (runId === request.runId || run.backend !== request.backend) continue;
    if (ownerState(run.labels).state === "gone" && !request.runMayLive(runId)) {
      delete claim.runs[runId];
      dropped = true;
    }
  }
  if (!dropped) return claim;
  settle(file, claim);
  return readClaim(file);
}

/** Writes the claim back, or, when no run holds it any more, removes its mount points and it. */
function settle(file: string, claim: WorkspaceClaim): string[] {
  if (Object.keys(claim.runs).length > 0) {
    writeClaim(file, claim);
    return [];
  }
  const left = removeCreated(claim.plan.created);
  unlinkQuietly(file);
  return left;
}

function matches(run: ClaimedRun, backend: BackendName, labels: Record<string, string>): boolean {
  return run.backend === backend && Object.entries(labels).every(([key, value]) => run.labels[key] === value);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}

export function readClaim(file: string): WorkspaceClaim | undefined {
  try {
    const claim = JSON.parse(readFileSync(file, "utf8")) as WorkspaceClaim;
    return claim?.version === 1 && claim.plan && claim.runs ? claim : undefined;
  } catch {
    return undefined;
  }
}

function writeClaim(file: string, claim: WorkspaceClaim): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w", 0o600);
  try {
    writeSync(fd, `${JSON.stringify(claim, null, 2)}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file); // readers see the old claim or the new one, never half of one
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
}

/** How long a lock may wait; its holders run for milliseconds (no I/O but the claim's own). */
const LOCK_WAIT_MS = 10_000;
/** A lock file without a readable owner this old was left by a process that died creating it. */
const LOCK_ORPHAN_MS = 5_000;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `body` holding `<file>.lock` (created exclusively, naming its owner; taken over when that
 * process is gone). Synchronous: the local backend runs its create() without a break up to the
 * spawn (docs/adr/0004), and the holders never wait on anything.
 */
function withLock<T>(file: string, body: () => T): T {
  const lock = `${file}.lock`;
  const owner = `${process.pid} ${processStartTime(process.pid) ?? ""}\n`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, "wx", 0o600);
      try {
        writeSync(fd, owner);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (lockIsOrphaned(lock)) {
      unlinkQuietly(lock);
      continue;
    }
    if (Date.now() > deadline) {
      throw new SandboxError(
        `the lock ${lock} on the workspace's mount points has been held for ${LOCK_WAIT_MS / 1000} s`,
        `remove ${lock} if no sandbox-action process is running`,
      );
    }
    Atomics.wait(pause, 0, 0, 10);
  }
  try {
    return body();
  } finally {
    unlinkQuietly(lock);
  }
}

function lockIsOrphaned(lock: string): boolean {
  try {
    const [pid, start] = readFileSync(lock, "utf8").trim().split(" ");
    if (pid && start) return processStartTime(Number(pid)) !== start;
    return Date.now() - lstatSync(lock).mtimeMs > LOCK_ORPHAN_MS;
  } catch {
    return false; // released meanwhile: try again
  }
}
