// Who made a sandbox, written as labels by the process that creates it, so `gc` can tell from the
// labels alone whether that run still exists: the creating process's pid, its start time (pids are
// recycled) and the host's boot id (a reboot ends every run). Linux only: elsewhere no labels are
// written and such sandboxes are never judged abandoned.
import { readFileSync } from "node:fs";
import { hostname } from "node:os";

export const LABEL_OWNER_PID = "sandbox-action.owner-pid";
/** the owner's start time in clock ticks since boot (/proc/PID/stat, field 22) */
export const LABEL_OWNER_START = "sandbox-action.owner-start";
export const LABEL_OWNER_BOOT = "sandbox-action.boot-id";
export const LABEL_OWNER_HOST = "sandbox-action.owner-host";

function bootId(): string | undefined {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The start time of `pid` in clock ticks since boot; undefined when there is no such process, or
 * only its zombie (a killed process nobody reaped has not run since).
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the command name (field 2) is in parentheses and may hold spaces: count from after it
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (rest[0] === "Z" || rest[0] === "X") return undefined;
    return rest[19] || undefined; // field 22; rest starts at field 3
  } catch {
    return undefined;
  }
}

/** The labels naming this process as a sandbox's owner; empty where they cannot be decided later. */
export function ownerLabels(pid = process.pid): Record<string, string> {
  const boot = bootId();
  const start = processStartTime(pid);
  if (!boot || !start) return {};
  return {
    [LABEL_OWNER_PID]: String(pid),
    [LABEL_OWNER_START]: start,
    [LABEL_OWNER_BOOT]: boot,
    [LABEL_OWNER_HOST]: hostname(),
  };
}

export type OwnerState =
  | { state: "alive"; reason: string }
  | { state: "gone"; reason: string }
  | { state: "unknown"; reason: string };

/** Whether the process that made a sandbox with these labels still runs, as far as can be told. */
export function ownerState(labels: Record<string, string>): OwnerState {
  const pid = Number(labels[LABEL_OWNER_PID]);
  const start = labels[LABEL_OWNER_START];
  const boot = labels[LABEL_OWNER_BOOT];
  const host = labels[LABEL_OWNER_HOST];
  if (!Number.isInteger(pid) || pid <= 0 || !start || !boot)
    return { state: "unknown", reason: "no owner labels (made by an older version or off Linux)" };
  if (host !== undefined && host !== hostname())
    return { state: "unknown", reason: `made on another host (${host})` };
  const ourBoot = bootId();
  if (!ourBoot) return { state: "unknown", reason: "this host has no boot id to compare" };
  if (ourBoot !== boot) return { state: "gone", reason: "made before the host last booted" };
  const now = processStartTime(pid);
  if (now === undefined) return { state: "gone", reason: `owner process ${pid} is gone` };
  if (now !== start) return { state: "gone", reason: `owner process ${pid} is gone (pid reused)` };
  return { state: "alive", reason: `owner process ${pid} is running` };
}
