// Which host uid a local sandbox runs as (threat model promise 10: never host root). Started by
// an ordinary user, the sandbox is that user (bubblewrap maps it to uid 1000 inside). Started by
// root, it is never root: bubblewrap, every process of the sandbox and everything exec'd into it
// run as an unprivileged host uid:
// - the workspace's owner, when that is a regular uid: the workspace is then simply writable, and
//   what the sandbox writes there is owned as the rest of the checkout;
// - otherwise (a root-owned checkout: container jobs, self-hosted runners as root) a dedicated uid
//   of its own, one per sandbox, with the workspace idmapped for it: an idmapped mount shows the
//   owner's files as the dedicated uid's, and what that uid creates lands on disk owned by the
//   owner (docs/adr/0013-never-host-root.md).
//
// Dedicated uids come from 0x70000000 + [0, 2^20): above the subordinate ranges useradd hands out
// (/etc/subuid: 100000 up to 600100000 by default) and systemd-nspawn's container range (up to
// 0x6FFFFFFF), in the range systemd's uid table (systemd.io/UIDS-GIDS) leaves unused, below 2^31
// (some code still keeps uids in signed ints). Not 65534 (nobody): other daemons run as it, and a
// sandbox must share its uid with no process it could signal, trace or whose files it could reach.
// A fresh one per sandbox keeps sessions apart too: per-uid kernel limits (RLIMIT_NPROC, inotify
// instances) are counted per sandbox, and one sandbox's host-side files are not another's.

import { readFileSync, statSync } from "node:fs";
import { randomHex } from "../random.js";
import { SandboxError } from "../types.js";

export const DEDICATED_ID_BASE = 0x7000_0000;
export const DEDICATED_ID_COUNT = 1 << 20;
const NOBODY = 65534;

export interface SandboxIdentity {
  /** host uid and gid of bubblewrap and every process of the sandbox */
  uid: number;
  gid: number;
  /**
   * the workspace is shown through an idmapped mount: files owned on disk by diskUid/diskGid appear
   * as uid/gid, and files uid/gid create land on disk as diskUid/diskGid
   */
  idmap?: { diskUid: number; diskGid: number };
}

/** Ids the host already uses: accounts, groups, and subordinate ranges handed to users. */
export interface HostIds {
  uidTaken(id: number): boolean;
  gidTaken(id: number): boolean;
}

/**
 * The identity for a sandbox over `workspace`, or undefined when this process is not root (the
 * sandbox then runs as this user). `inUse`: dedicated ids of other live sandboxes.
 */
export function chooseIdentity(
  workspace: { uid: number; gid: number },
  hostUid: number | undefined,
  hostIds: HostIds,
  inUse: ReadonlySet<number> = new Set(),
  // not node:crypto's randomInt: the host loads crypto only once the sandbox is starting (random.ts)
  pick: () => number = () => Number.parseInt(randomHex(4), 16) % DEDICATED_ID_COUNT,
): SandboxIdentity | undefined {
  if (hostUid !== 0) return undefined;
  if (regularId(workspace.uid)) {
    const gid = regularId(workspace.gid) ? workspace.gid : workspace.uid;
    return { uid: workspace.uid, gid };
  }
  const id = dedicatedId(hostIds, inUse, pick);
  return { uid: id, gid: id, idmap: { diskUid: workspace.uid, diskGid: workspace.gid } };
}

/** neither root nor nobody: an owner the sandbox may run as */
function regularId(id: number): boolean {
  return id !== 0 && id !== NOBODY;
}

function dedicatedId(hostIds: HostIds, inUse: ReadonlySet<number>, pick: () => number): number {
  for (let attempt = 0; attempt < 64; attempt++) {
    const id = DEDICATED_ID_BASE + pick();
    if (!inUse.has(id) && !hostIds.uidTaken(id) && !hostIds.gidTaken(id)) return id;
  }
  throw new SandboxError(
    `no free uid for the sandbox in ${DEDICATED_ID_BASE}..${DEDICATED_ID_BASE + DEDICATED_ID_COUNT - 1}: the host's accounts or subordinate id ranges (/etc/subuid, /etc/subgid) cover it`,
    "chown the workspace to a non-root user (the sandbox then runs as that user), or free that id range",
  );
}

/** The host's ids from the local files (accounts from NSS services such as LDAP are not seen). */
export function readHostIds(etc = "/etc"): HostIds {
  const read = (name: string) => {
    try {
      return readFileSync(`${etc}/${name}`, "utf8");
    } catch {
      return "";
    }
  };
  const uids = idsOf(read("passwd"), 2);
  const gids = idsOf(read("group"), 2);
  const subuids = rangesOf(read("subuid"));
  const subgids = rangesOf(read("subgid"));
  const inRanges = (ranges: [number, number][], id: number) =>
    ranges.some(([start, count]) => id >= start && id < start + count);
  return {
    uidTaken: (id) => uids.has(id) || inRanges(subuids, id),
    gidTaken: (id) => gids.has(id) || inRanges(subgids, id),
  };
}

function idsOf(text: string, field: number): Set<number> {
  const ids = new Set<number>();
  for (const line of text.split("\n")) {
    const value = Number(line.split(":")[field]);
    if (line && Number.isInteger(value)) ids.add(value);
  }
  return ids;
}

function rangesOf(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const line of text.split("\n")) {
    const [, start, count] = line.split(":");
    if (start && count && Number.isInteger(Number(start)) && Number.isInteger(Number(count)))
      ranges.push([Number(start), Number(count)]);
  }
  return ranges;
}

/** uid and gid of the workspace directory (already resolved) */
export function ownerOf(path: string): { uid: number; gid: number } {
  const stat = statSync(path);
  return { uid: stat.uid, gid: stat.gid };
}
