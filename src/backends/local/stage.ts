// The stage of a sandbox started by root: the host paths bubblewrap binds, each cloned by the root
// wrapper (privilege.ts) in a private mount namespace onto a fresh tmpfs at STAGE_ROOT, so that
// bubblewrap, running as the sandbox's unprivileged uid (identity.ts), reaches them whatever
// their directories' modes (a workspace under a 0700 home, node under root's nvm, the run and
// egress directories in root's private 0700 bases, the code cache in root's private cache). On the
// host nothing changes: no mode is relaxed, no mount point is made. bubblewrap itself puts its own
// tmpfs over /tmp before it builds the sandbox, and needs nothing of the host's /tmp.
import { lstatSync, type Stats, statSync } from "node:fs";
import { SandboxError } from "../types.js";
import type { SandboxIdentity } from "./identity.js";

/** where the wrapper mounts the stage's tmpfs, in its private mount namespace only */
export const STAGE_ROOT = "/tmp";

export interface StageEntry {
  /** "idmap": the workspace of a root-owned checkout, idmapped for the sandbox's uid */
  kind: "bind" | "idmap";
  src: string;
  /** where it appears in the wrapper's mount namespace (made there: a directory or an empty file) */
  dest: string;
  type: "dir" | "file";
  /** the sandbox runs it (node): it needs execute permission too */
  executable?: boolean;
}

export interface StageSources {
  /** bubblewrap itself: the wrapper execs it from the stage, as the sandbox's uid */
  bwrap: string;
  /** the sandbox's run directory (the server's socket) */
  runDir: string;
  workspace: string;
  egressDir?: string;
  script: string;
  codeCache?: string;
  node: string;
}

/**
 * The run directory's stage path: under STAGE_ROOT by its full host path, so that bubblewrap's
 * argv still names the sandbox's own run directory (exec and reap tell its processes by it).
 */
export const STAGED_BWRAP = `${STAGE_ROOT}/bwrap`;

export function stagedRunDir(runDir: string): string {
  return `${STAGE_ROOT}/run${runDir}`;
}

export function planStage(sources: StageSources, identity: SandboxIdentity): StageEntry[] {
  const entries: StageEntry[] = [
    { kind: "bind", src: sources.runDir, dest: stagedRunDir(sources.runDir), type: "dir" },
    {
      kind: identity.idmap ? "idmap" : "bind",
      src: sources.workspace,
      dest: `${STAGE_ROOT}/workspace`,
      type: "dir",
    },
    { kind: "bind", src: sources.script, dest: `${STAGE_ROOT}/server.js`, type: "file" },
    { kind: "bind", src: sources.node, dest: `${STAGE_ROOT}/node`, type: "file", executable: true },
    // named bwrap there too: reap and exec recognise bwrap's processes by that name (registry.ts)
    { kind: "bind", src: sources.bwrap, dest: STAGED_BWRAP, type: "file", executable: true },
  ];
  if (sources.egressDir)
    entries.push({ kind: "bind", src: sources.egressDir, dest: `${STAGE_ROOT}/egress`, type: "dir" });
  if (sources.codeCache)
    entries.push({
      kind: "bind",
      src: sources.codeCache,
      dest: `${STAGE_ROOT}/server.v8cache`,
      type: "file",
    });
  return entries;
}

/** host path -> stage path, for buildBwrapArgs's `staged` */
export function stagedPaths(entries: readonly StageEntry[]): Record<string, string> {
  return Object.fromEntries(entries.map((entry) => [entry.src, entry.dest]));
}

/** The wrapper's stage arguments: count, then kind, type, source, destination of each entry. */
export function stageArgs(entries: readonly StageEntry[]): string[] {
  return [
    String(entries.length),
    ...entries.flatMap((entry) => [entry.kind, entry.type, entry.src, entry.dest]),
  ];
}

/** whether `identity` has `bits` (4 read, 2 write, 1 execute/search) on a file with `stat` */
export function permits(
  stat: Pick<Stats, "uid" | "gid" | "mode">,
  identity: SandboxIdentity,
  bits: number,
): boolean {
  if (stat.uid === identity.uid) return ((stat.mode >> 6) & bits) === bits;
  if (stat.gid === identity.gid) return ((stat.mode >> 3) & bits) === bits;
  return (stat.mode & bits) === bits;
}

/** readability of a file for the sandbox's uid, beyond its directories (staged binds skip them) */
export function readableBy(path: string, identity: SandboxIdentity, bits = 4): boolean {
  try {
    return permits(lstatSync(path), identity, bits);
  } catch {
    return false;
  }
}

/** Throws unless the sandbox's uid can read (and, for node, execute) what it is given. */
export function checkStagedFiles(entries: readonly StageEntry[], identity: SandboxIdentity): void {
  for (const entry of entries) {
    if (entry.type !== "file") continue;
    const bits = entry.executable ? 5 : 4;
    if (!readableBy(entry.src, identity, bits)) {
      throw new SandboxError(
        `the sandbox's uid ${identity.uid} cannot ${bits === 5 ? "run" : "read"} ${entry.src} (mode ${(statSync(entry.src).mode & 0o777).toString(8)}); a sandbox started by root runs as an unprivileged uid, never as root`,
        `make it readable by others: chmod o+r${bits === 5 ? "x" : ""} ${entry.src}`,
      );
    }
  }
}
