// Resource limits for the local backend (threat model promise 6), and an honest account of what
// enforces each one. bubblewrap has no limit flags, so the backend puts bwrap into cgroups of its
// own while bwrap still waits for its arguments, before it has created anything (sandbox.ts; with
// RLIMIT_NPROC, a perl wrapper sets that and joins them before it execs bwrap), so no process of
// the sandbox is ever outside; exec'd commands join the same cgroups before they fork.
//
// Mechanisms, best first:
// - cgroup v1 (cgroupfs): a child of this process's own cgroup in the memory, pids and cpu
//   hierarchies (nested, so the sandbox stays inside whatever bounds this process has). Needs
//   write access there: root, or a delegated subtree.
// - cgroup v2: /sys/fs/cgroup/sandbox-action/<id> under the hierarchy's root (a cgroup holding
//   processes cannot enable controllers for children, so this process's own cgroup will not do);
//   needs write access to the root's cgroup.procs: root.
// - rlimit: RLIMIT_NPROC on the sandbox's processes. Since Linux 5.14 it is counted per user
//   namespace and uid, checked at every level up to the host, so it bounds the sandbox's processes;
//   at the host level the host user's other processes count too (a bound, not an exact quota).
//   Memory and CPU have no usable rlimit (RLIMIT_AS breaks V8's address-space reservations).
// - none: the limit is not enforced, and the log line at create and `doctor` say so.
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import { posix } from "node:path";
import { DEFAULT_LIMITS, type Limits } from "../types.js";

export type LimitMechanism = "cgroup-v2" | "cgroup-v1" | "rlimit" | "none";

export interface LimitSetup {
  memory: { bytes: number; mechanism: LimitMechanism };
  /** cpus undefined: not requested (unbounded, like docker without --cpus) */
  cpus: { cpus: number | undefined; mechanism: LimitMechanism };
  pids: { pids: number; mechanism: LimitMechanism };
  /** cgroup.procs files every process of the sandbox joins (bwrap, and each exec before it forks) */
  join: string[];
  /** RLIMIT_NPROC to set on bwrap and on every exec, when that is the pids mechanism */
  nproc?: number;
  /** cgroup directories made for the sandbox, removed at destroy (deepest first) */
  cgroups: string[];
}

/** What this machine offers; `doctor` reports it. */
export interface CgroupSupport {
  version: 1 | 2 | undefined;
  /** controller -> directory new cgroups are created under, when writable */
  bases: Partial<Record<Controller, string>>;
  detail: string;
}

type Controller = "memory" | "pids" | "cpu";
const CONTROLLERS: readonly Controller[] = ["memory", "pids", "cpu"];
const V2_BASE_NAME = "sandbox-action";
const CPU_PERIOD_US = 100_000;

interface MountEntry {
  root: string;
  mountPoint: string;
  fsType: string;
  superOptions: string[];
}

export interface CgroupHost {
  mountinfo(): string;
  selfCgroup(): string;
  uid(): number | undefined;
}

const realCgroupHost: CgroupHost = {
  mountinfo: () => readFileSync("/proc/self/mountinfo", "utf8"),
  selfCgroup: () => readFileSync("/proc/self/cgroup", "utf8"),
  uid: () => process.getuid?.(),
};

function parseMountinfo(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split("\n")) {
    const dash = line.indexOf(" - ");
    if (dash < 0) continue;
    const left = line.slice(0, dash).split(" ");
    const right = line.slice(dash + 3).split(" ");
    entries.push({
      root: unescapeMount(left[3] ?? ""),
      mountPoint: unescapeMount(left[4] ?? ""),
      fsType: right[0] ?? "",
      superOptions: (right[2] ?? "").split(","),
    });
  }
  return entries;
}

function unescapeMount(path: string): string {
  return path.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)));
}

/** this process's cgroup path in the hierarchy of `controller` (v1) or the unified one ("") */
function ownCgroup(selfCgroup: string, controller: string): string | undefined {
  for (const line of selfCgroup.split("\n")) {
    const [, list, path] = line.split(":", 3) as [string, string, string];
    if (path === undefined) continue;
    if (controller === "" ? list === "" : list.split(",").includes(controller)) return path;
  }
  return undefined;
}

function relativeTo(own: string, mountRoot: string): string {
  if (mountRoot === "/" || !own.startsWith(mountRoot)) return own;
  return own.slice(mountRoot.length) || "/";
}

function writable(dir: string): boolean {
  // access(W_OK) says nothing useful for root on a read-only cgroupfs; a probe directory does.
  const probe = posix.join(dir, `.sandbox-action-probe-${process.pid}`);
  try {
    mkdirSync(probe);
    rmdirSync(probe);
    return true;
  } catch {
    return false;
  }
}

export function detectCgroups(host: CgroupHost = realCgroupHost): CgroupSupport {
  let mounts: MountEntry[];
  let self: string;
  try {
    mounts = parseMountinfo(host.mountinfo());
    self = host.selfCgroup();
  } catch {
    return { version: undefined, bases: {}, detail: "no /proc/self/mountinfo or /proc/self/cgroup" };
  }
  // cgroup v2 with controllers (a pure v2 host, or one where v1 has no controllers left)
  const unified = mounts.find((m) => m.fsType === "cgroup2");
  const v1 = CONTROLLERS.map(
    (c) => [c, mounts.find((m) => m.fsType === "cgroup" && m.superOptions.includes(c))] as const,
  );
  if (v1.some(([, m]) => m)) {
    const bases: Partial<Record<Controller, string>> = {};
    const missing: string[] = [];
    for (const [controller, mount] of v1) {
      const own = ownCgroup(self, controller);
      if (!mount || own === undefined) {
        missing.push(`${controller} (not mounted)`);
        continue;
      }
      const dir = posix.join(mount.mountPoint, relativeTo(own, mount.root));
      if (writable(dir)) bases[controller] = dir;
      else missing.push(`${controller} (${dir} not writable)`);
    }
    return {
      version: 1,
      bases,
      detail: `cgroup v1${missing.length ? `; unusable: ${missing.join(", ")}` : ""}`,
    };
  }
  if (unified) {
    let controllers: string[] = [];
    try {
      controllers = readFileSync(posix.join(unified.mountPoint, "cgroup.controllers"), "utf8")
        .trim()
        .split(/\s+/);
    } catch {
      // none
    }
    const base = posix.join(unified.mountPoint, V2_BASE_NAME);
    const usable =
      (existsSync(base) && writable(base)) || (!existsSync(base) && writable(unified.mountPoint));
    const bases: Partial<Record<Controller, string>> = {};
    if (usable) for (const c of CONTROLLERS) if (controllers.includes(c)) bases[c] = base;
    return {
      version: 2,
      bases,
      detail: usable
        ? `cgroup v2 at ${unified.mountPoint} (controllers: ${controllers.join(" ") || "none"})`
        : `cgroup v2 at ${unified.mountPoint}, not writable by uid ${host.uid() ?? "?"} (run as root, or use --backend docker)`,
    };
  }
  return { version: undefined, bases: {}, detail: "no cgroup filesystem mounted" };
}

/**
 * Makes the sandbox's cgroups and writes its limits; what cannot be enforced by a cgroup falls to
 * an rlimit (pids) or to "none". `rlimitNproc`: whether the kernel counts RLIMIT_NPROC per user
 * namespace (5.14+).
 */
export function setupLimits(
  id: string,
  requested: Limits,
  support: CgroupSupport = detectCgroups(),
  rlimitNproc = kernelAtLeast(5, 14),
): LimitSetup {
  const memory = requested.memoryBytes ?? DEFAULT_LIMITS.memoryBytes;
  const pids = requested.pids ?? DEFAULT_LIMITS.pids;
  const cpus = requested.cpus;
  const setup: LimitSetup = {
    memory: { bytes: memory, mechanism: "none" },
    cpus: { cpus, mechanism: "none" },
    pids: { pids, mechanism: "none" },
    join: [],
    cgroups: [],
  };
  const mechanism: LimitMechanism = support.version === 2 ? "cgroup-v2" : "cgroup-v1";
  try {
    if (support.version === 2 && Object.keys(support.bases).length > 0) {
      const base = Object.values(support.bases)[0] as string;
      mkdirSync(base, { recursive: true });
      const enable = CONTROLLERS.filter((c) => support.bases[c]).map((c) => `+${c}`);
      writeFileSync(posix.join(posix.dirname(base), "cgroup.subtree_control"), enable.join(" "));
      writeFileSync(posix.join(base, "cgroup.subtree_control"), enable.join(" "));
      const dir = posix.join(base, id);
      mkdirSync(dir);
      setup.cgroups.push(dir);
      setup.join.push(posix.join(dir, "cgroup.procs"));
      if (support.bases.memory) {
        writeFileSync(posix.join(dir, "memory.max"), String(memory));
        if (existsSync(posix.join(dir, "memory.swap.max")))
          writeFileSync(posix.join(dir, "memory.swap.max"), "0");
        setup.memory.mechanism = mechanism;
      }
      if (support.bases.pids) {
        writeFileSync(posix.join(dir, "pids.max"), String(pids));
        setup.pids.mechanism = mechanism;
      }
      if (support.bases.cpu && cpus) {
        writeFileSync(posix.join(dir, "cpu.max"), `${Math.round(cpus * CPU_PERIOD_US)} ${CPU_PERIOD_US}`);
        setup.cpus.mechanism = mechanism;
      }
    } else if (support.version === 1) {
      for (const controller of CONTROLLERS) {
        const base = support.bases[controller];
        if (!base) continue;
        if (controller === "cpu" && !cpus) continue;
        const dir = posix.join(base, `sandbox-action-${id}`);
        mkdirSync(dir);
        setup.cgroups.push(dir);
        setup.join.push(posix.join(dir, "cgroup.procs"));
        if (controller === "memory") {
          writeFileSync(posix.join(dir, "memory.limit_in_bytes"), String(memory));
          // memory + swap: the same, so no swap beyond the memory limit (as docker's MemorySwap)
          const memsw = posix.join(dir, "memory.memsw.limit_in_bytes");
          if (existsSync(memsw)) writeFileSync(memsw, String(memory));
          setup.memory.mechanism = mechanism;
        } else if (controller === "pids") {
          writeFileSync(posix.join(dir, "pids.max"), String(pids));
          setup.pids.mechanism = mechanism;
        } else if (cpus) {
          writeFileSync(posix.join(dir, "cpu.cfs_period_us"), String(CPU_PERIOD_US));
          writeFileSync(posix.join(dir, "cpu.cfs_quota_us"), String(Math.round(cpus * CPU_PERIOD_US)));
          setup.cpus.mechanism = mechanism;
        }
      }
    }
  } catch (error) {
    removeCgroups(setup.cgroups);
    throw error;
  }
  if (setup.pids.mechanism === "none" && rlimitNproc) {
    setup.nproc = pids;
    setup.pids.mechanism = "rlimit";
  }
  return setup;
}

/** One line for the log at create: each limit and what enforces it. */
export function describeLimits(setup: LimitSetup): string {
  const gib = (bytes: number) =>
    bytes % 1024 ** 3 === 0 ? `${bytes / 1024 ** 3}g` : `${Math.round(bytes / 1024 ** 2)}m`;
  const say = (value: string, mechanism: LimitMechanism) =>
    `${value} (${mechanism === "none" ? "NOT enforced" : mechanism === "rlimit" ? "RLIMIT_NPROC" : mechanism})`;
  return [
    `memory ${say(gib(setup.memory.bytes), setup.memory.mechanism)}`,
    `pids ${say(String(setup.pids.pids), setup.pids.mechanism)}`,
    `cpus ${setup.cpus.cpus === undefined ? "unbounded (not requested)" : say(String(setup.cpus.cpus), setup.cpus.mechanism)}`,
  ].join(", ");
}

/** Removes the sandbox's cgroups once its processes are gone (retries briefly: exits settle late). */
export async function removeCgroupsWhenEmpty(dirs: readonly string[], waitMs = 2000): Promise<void> {
  const deadline = Date.now() + waitMs;
  let left = removeCgroups(dirs);
  while (left.length > 0 && Date.now() < deadline) {
    // not unref'd: a caller awaiting destroy() must not see its process exit under it
    await new Promise((resolve) => setTimeout(resolve, 25));
    left = removeCgroups(left);
  }
}

/** rmdir of each cgroup (a cgroup with processes refuses: EBUSY); returns those left. */
export function removeCgroups(dirs: readonly string[]): string[] {
  const left: string[] = [];
  for (const dir of [...dirs].reverse()) {
    try {
      rmdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") left.push(dir);
    }
  }
  return left.reverse();
}

/** The cgroups of abandoned sandboxes under the bases (for reap), by sandbox id. */
export function cgroupsOf(id: string, support: CgroupSupport = detectCgroups()): string[] {
  const found: string[] = [];
  for (const base of new Set(Object.values(support.bases))) {
    for (const name of [id, `sandbox-action-${id}`]) {
      const dir = posix.join(base, name);
      if (existsSync(dir)) found.push(dir);
    }
  }
  return found;
}

export function kernelAtLeast(major: number, minor: number): boolean {
  try {
    const [maj, min] = readFileSync("/proc/sys/kernel/osrelease", "utf8").split(/[.-]/).map(Number);
    return (maj ?? 0) > major || ((maj ?? 0) === major && (min ?? 0) >= minor);
  } catch {
    return false;
  }
}

/** for tests: the processes in a cgroup */
export function cgroupProcs(dir: string): number[] {
  try {
    return readFileSync(posix.join(dir, "cgroup.procs"), "utf8").split("\n").filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
