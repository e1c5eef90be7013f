// Protected workspace paths (threat model promise 3), planned once per run for every backend: which
// host paths get bound read-only over the workspace bind, which are bound onto themselves read-write
// only to pin them, and which mount points had to be created in the workspace. The backends turn
// the plan into bubblewrap flags or container binds; src/backends/run-mounts.ts keeps one plan per
// workspace for as long as any run's sandbox may have it mounted (docs/adr/0012).
//
// Why pin parents: a read-only bind at .github/workflows stops writes below it, but the directory
// holding it (.github) could still be renamed away and a fresh .github/workflows created in its
// place. A directory that is itself a mount point cannot be renamed or removed (EBUSY), so every
// existing parent of a protected path is bound onto itself read-write: still writable, no longer
// movable. The workspace root is a mount point already.
//
// Missing paths: a mount needs a mount point, which has to exist in the host's workspace. The
// first missing component of a protected path is created (an empty directory, or an empty file
// for names that are files by convention) and bound read-only: nothing can be created at or below
// it. So a missing .git becomes one empty read-only .git, not .git/hooks, .git/config and so on.
// What was created is recorded and removed when the last run on the workspace ended (never while a
// sandbox may have it mounted: removing a mount point in one mount namespace detaches the mounts on
// it in every other one), if it is still an empty file or directory.
//
// Races: the host creates and checks these paths by name, and bubblewrap and the engines resolve
// them by name. That is sound only because nothing else can change them meanwhile: mount points
// are created before any sandbox of the workspace runs, and later sandboxes reuse the plan
// unchanged (verifyPlan) while every live sandbox has each planned path as a mount point of its
// own, which its processes can neither rename nor remove (EBUSY).
//
// Symlinks: a protected path, or a parent of it, that is a symlink is refused (fail closed). The
// engines resolve a bind's source on the host, so binding it would expose the link's target (a
// link to /etc would put the host's /etc into the sandbox), and a symlink itself cannot be made
// read-only or pinned (a mount on it lands on its target).
import {
  chownSync,
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  rmdirSync,
  type Stats,
  unlinkSync,
} from "node:fs";
import { posix } from "node:path";
import { byCodeUnit } from "../compare.js";
import { SandboxError } from "./types.js";

/** Workspace-relative names that are files by convention: created as empty files when missing. */
const FILE_NAMES: ReadonlySet<string> = new Set([
  ".git/config",
  ".git/info/attributes",
  ".gitmodules",
  ".mcp.json",
  ".envrc",
  ".env",
  ".npmrc",
  ".yarnrc",
  ".yarnrc.yml",
]);

export interface ProtectedMount {
  /** workspace-relative path */
  rel: string;
  /** host path (inside the resolved workspace) */
  host: string;
  /** true: a protected path (read-only); false: a parent pinned in place (read-write) */
  readOnly: boolean;
  /** device, inode and birth time when planned; verifyPlan checks it is still that very file */
  id?: string;
}

export interface CreatedPath {
  /** host path */
  path: string;
  kind: "dir" | "file";
}

export interface ProtectPlan {
  /** parents before children (engines mount in this order; a parent bound later would hide a child) */
  mounts: ProtectedMount[];
  /** mount points made in the workspace, in creation order; see removeCreated */
  created: CreatedPath[];
}

/**
 * Plans the mounts for `paths` (normalised, workspace-relative; see protectedPathList) over the
 * real path `workspace`, creating missing mount points (told to `beforeCreate` before each one is
 * made). Throws a SandboxError for a symlink. Only for a moment when no sandbox can write the
 * workspace: see run-mounts.ts, the one caller besides tests.
 * Nothing to do in workspace mode ro: everything is read-only and nothing can be created.
 */
export function planProtectedPaths(
  workspace: string,
  paths: readonly string[] | undefined,
  workspaceMode: "rw" | "ro",
  beforeCreate?: (created: readonly CreatedPath[]) => void,
): ProtectPlan {
  const plan: ProtectPlan = { mounts: [], created: [] };
  if (workspaceMode === "ro" || !paths?.length) return plan;
  const readOnly = new Set<string>();
  const pinned = new Set<string>();
  try {
    // shallow paths first, so a path under an already protected one is skipped
    for (const rel of [...paths].sort((a, b) => depth(a) - depth(b) || byCodeUnit(a, b))) {
      const parts = rel.split("/");
      if (parts.some((part) => part === "" || part === "." || part === "..")) {
        throw new SandboxError(`protected path ${JSON.stringify(rel)} is not a normalised workspace path`);
      }
      let current = "";
      for (let i = 0; i < parts.length; i++) {
        current = current ? `${current}/${parts[i]}` : (parts[i] as string);
        if (readOnly.has(current)) break; // already read-only, and everything below it
        const host = posix.join(workspace, current);
        const last = i === parts.length - 1;
        const stat = lstatOrUndefined(host);
        if (stat?.isSymbolicLink()) {
          throw new SandboxError(
            `the protected path ${rel} cannot be protected: ${current} is a symlink in the workspace`,
            `replace the symlink ${host} by the file or directory itself (or remove it); the sandbox refuses to start rather than leave it writable or bind its target`,
          );
        }
        if (!stat) {
          const kind = last && FILE_NAMES.has(rel) ? "file" : "dir";
          plan.created.push({ path: host, kind });
          beforeCreate?.(plan.created); // recorded first: a crash then leaves no untracked trace
          createMountPoint(host, kind);
          readOnly.add(current);
          break;
        }
        if (last || !stat.isDirectory()) {
          // the path itself, or a non-directory standing where a parent should be (a .git file of a
          // worktree names the git directory: rewriting it would redirect hooks and config)
          readOnly.add(current);
          break;
        }
        pinned.add(current);
      }
    }
  } catch (error) {
    removeCreated(plan.created);
    throw error;
  }
  const entries: ProtectedMount[] = [
    ...[...pinned]
      .filter((rel) => !readOnly.has(rel) && !underAny(rel, readOnly))
      .map((rel) => ({ rel, host: posix.join(workspace, rel), readOnly: false })),
    ...[...readOnly]
      .filter((rel) => !underAny(rel, readOnly))
      .map((rel) => ({ rel, host: posix.join(workspace, rel), readOnly: true })),
  ];
  plan.mounts = entries.sort((a, b) => depth(a.rel) - depth(b.rel) || byCodeUnit(a.rel, b.rel));
  for (const mount of plan.mounts) mount.id = fileId(mount.host);
  return plan;
}

/**
 * Checks, before a further sandbox uses a plan made earlier, that every planned path is still the
 * file or directory it was (same device and inode, not a symlink). Throws a SandboxError otherwise.
 * While sandboxes of the plan live this cannot fail (their mounts pin each path); it catches
 * changes made on the host between runs.
 */
export function verifyPlan(plan: ProtectPlan): void {
  for (const mount of plan.mounts) {
    let id: string | undefined;
    try {
      id = fileId(mount.host);
    } catch {
      id = undefined;
    }
    if (!id || id !== mount.id) {
      throw new SandboxError(
        `the protected path ${mount.rel} in the workspace changed since its mount points were made (moved, removed or replaced by a symlink)`,
        "stop every run on this workspace (`down`, or let the job's post step finish) and start again",
      );
    }
  }
}

/**
 * "dev:ino:birth" of a path that is not a symlink (bigint: inode numbers can exceed 2^53; the
 * birth time tells a new file from an old one that had the same, since reused, inode)
 */
function fileId(path: string): string {
  const stat = lstatSync(path, { bigint: true });
  if (stat.isSymbolicLink()) throw new SandboxError(`${path} is a symlink`);
  return `${stat.dev}:${stat.ino}:${stat.birthtimeNs}`;
}

/**
 * Removes the mount points a plan created, deepest first (only once no sandbox can have them
 * mounted: see run-mounts.ts), and only while each is still what we
 * made: an empty directory or an empty regular file (never following a symlink). Anything else is
 * left alone. Best effort: returns the paths it could not remove.
 */
export function removeCreated(created: readonly CreatedPath[]): string[] {
  const left: string[] = [];
  for (const entry of [...created].reverse()) {
    const stat = lstatOrUndefined(entry.path);
    if (!stat) continue;
    try {
      if (entry.kind === "dir" && stat.isDirectory()) rmdirSync(entry.path);
      else if (entry.kind === "file" && stat.isFile() && stat.size === 0) unlinkSync(entry.path);
      else left.push(entry.path);
    } catch {
      left.push(entry.path); // not empty (someone wrote there after the sandbox), or busy
    }
  }
  return left;
}

function createMountPoint(host: string, kind: "dir" | "file"): void {
  const parent = lstatSync(posix.dirname(host));
  try {
    if (kind === "dir") mkdirSync(host, { mode: 0o755 });
    else closeSync(openSync(host, "wx", 0o644));
  } catch (error) {
    throw new SandboxError(
      `cannot create the mount point ${host} for a protected path: ${(error as Error).message}`,
      "make the workspace writable for this user, or use --workspace-mode ro",
      { cause: error },
    );
  }
  // as root: owned like its parent, so the sandbox's user can read it as it would its neighbours
  if (process.getuid?.() === 0 && (parent.uid !== 0 || parent.gid !== 0)) {
    try {
      chownSync(host, parent.uid, parent.gid);
    } catch {
      // cosmetic
    }
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    if ((error as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw error;
  }
}

function depth(rel: string): number {
  return rel.split("/").length;
}

function underAny(rel: string, set: ReadonlySet<string>): boolean {
  for (const other of set) if (rel !== other && rel.startsWith(`${other}/`)) return true;
  return false;
}
