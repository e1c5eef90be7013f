// Resource limits for the local backend (threat model promise 6), and an honest account of what
// enforces each one. bubblewrap has no limit flags, so the backend puts bwrap into cgroups of its
// own while bwrap still waits for its arguments, before it has created anything (sandbox.ts; with
// RLIMIT_NPROC, a perl wrapper sets that and joins them before it execs bwrap), so no process of
// the sandbox is ever outside; exec'd commands join the same cgroups before they fork.
//
// Where the sandbox's cgroups go, best first:
// - root: cgroup v1, a child of this process's own cgroup in the memory, pids and cpu hierarchies
//   (nested, so the sandbox stays inside whatever bounds this process has); cgroup v2,
//   /sys/fs/cgroup/sandbox-action/<id> under the hierarchy's root (a cgroup holding processes
//   cannot enable controllers for children, so this process's own cgroup will not do).
// - an ordinary user in a subtree delegated to it (cgroup-v2.rst, "Delegation"): the user owns the
//   subtree's directory and its cgroup.procs, and this process sits in a leaf of it
//   (`sandbox-action-host`), so the common ancestor of the source and destination of every move
//   (bwrap, exec'd commands) is inside the subtree. Two ways to get there:
//   - delegated: systemd made it (`systemd-run --user --scope -p Delegate=yes ...`): this process
//     is alone in its own cgroup and may write it; it moves itself into the leaf and enables the
//     controllers there, no privilege needed;
//   - sudo: the user has passwordless sudo (GitHub's hosted runners): `sudo -n` makes
//     /sys/fs/cgroup/sandbox-action-<uid> once (controllers enabled down to it, the directory,
//     cgroup.procs, cgroup.subtree_control and the leaf chowned to the user), then moves each
//     process that creates sandboxes into the leaf. The root's cgroup.procs is never given away:
//     that would let the user move any process anywhere.
//   On cgroup v1 there is no common-ancestor rule (a move needs write access to the destination
//   and the same uid as the process moved), so `sudo -n` makes <own cgroup>/sandbox-action-<uid>
//   in each hierarchy, chowned to the user; this process stays where it is.
//   Cgroups a user makes are owned by that user, limit files included; the sandbox cannot change
//   them anyway: it has no /sys/fs/cgroup (rootfs.ts leaves /sys out), no capabilities and no way
//   to mount one.
// - rlimit: RLIMIT_NPROC on the sandbox's processes. Since Linux 5.14 it is counted per user
//   namespace and uid, checked at every level up to the host, so it bounds the sandbox's processes;
//   at the host level the host user's other processes count too (a bound, not an exact quota).
//   Memory and CPU have no usable rlimit (RLIMIT_AS breaks V8's address-space reservations).
// - none: create() refuses (a SandboxError naming the cause and the fix) unless the caller chose
//   best-effort limits (Limits.bestEffort); then the log line at create names what is not enforced.
//   `doctor` reports it as a failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import { posix } from "node:path";
import { findExecutable } from "../executables.js";
import { DEFAULT_LIMITS, type Limits, SandboxError } from "../types.js";

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
  /** what this create prepared first so that a cgroup could hold the limits (for the log) */
  prepared?: string;
  /** the caller accepted limits that nothing enforces (Limits.bestEffort) */
  bestEffort?: boolean;
}

export type Controller = "memory" | "pids" | "cpu";

/** One step of a preparation: run by this process (delegated) or rendered into sudo's script. */
export type PrepStep =
  | { mkdir: string }
  | { write: string; value: string }
  | { chown: string[]; owner: string };

/** What must happen (once per machine or once per process) before `bases` can be used. */
export interface Preparation {
  via: "sudo" | "delegated";
  /** what it does, in a sentence, for the log at create and for `doctor` */
  summary: string;
  steps: PrepStep[];
}

/** What this machine offers; `doctor` reports it. */
export interface CgroupSupport {
  version: 1 | 2 | undefined;
  /** controller -> directory the sandbox's cgroups are made under (once `preparation` has run) */
  bases: Partial<Record<Controller, string>>;
  detail: string;
  /** v2 as root: subtree_control files to enable the controllers in (top down) before each create */
  enable?: string[];
  /** what makes `bases` usable for this user, when they are not yet */
  preparation?: Preparation;
}

const CONTROLLERS: readonly Controller[] = ["memory", "pids", "cpu"];
const V2_BASE_NAME = "sandbox-action";
/** the leaf of a delegated v2 subtree that the processes creating sandboxes live in */
export const HOST_LEAF = "sandbox-action-host";
const CPU_PERIOD_US = 100_000;

/** the subtree `sudo -n` prepares for a user (v2: under the root; v1: under its own cgroup) */
export function userSubtreeName(uid: number | undefined): string {
  return `sandbox-action-${uid ?? "unknown"}`;
}

interface MountEntry {
  root: string;
  mountPoint: string;
  fsType: string;
  superOptions: string[];
}

/** The machine as limits.ts sees it; tests give a fake. */
export interface CgroupHost {
  mountinfo(): string;
  selfCgroup(): string;
  uid(): number | undefined;
  gid(): number | undefined;
  pid(): number;
  /** whether this process can make a cgroup in dir (access(W_OK) says nothing useful for root on a read-only cgroupfs) */
  canCreateIn(dir: string): boolean;
  exists(path: string): boolean;
  /** a file's text, undefined when it cannot be read */
  read(path: string): string | undefined;
  mkdir(path: string): void;
  write(path: string, value: string): void;
  /** whether `sudo -n` runs commands here without a password, and if not, why */
  sudoAvailable(): { ok: boolean; detail: string };
  /** runs a shell script as root through `sudo -n`; throws with what it printed */
  sudo(script: string): void;
}

export const SUDO_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
let sudoProbe: { ok: boolean; detail: string } | undefined;

function probeSudo(): { ok: boolean; detail: string } {
  const sudo = findExecutable("sudo", process.env.PATH || SUDO_PATH);
  if (!sudo) return { ok: false, detail: "sudo is not installed" };
  const probe = spawnSync(sudo, ["-n", "true"], {
    encoding: "utf8",
    timeout: 10_000,
    env: { PATH: SUDO_PATH },
  });
  if (probe.status === 0) return { ok: true, detail: "passwordless sudo" };
  const said = `${probe.stderr ?? ""}`.trim().split("\n")[0];
  return {
    ok: false,
    detail: `\`sudo -n true\` failed (${said || probe.error?.message || `exit ${probe.status}`})`,
  };
}

export const realCgroupHost: CgroupHost = {
  mountinfo: () => readFileSync("/proc/self/mountinfo", "utf8"),
  selfCgroup: () => readFileSync("/proc/self/cgroup", "utf8"),
  uid: () => process.getuid?.(),
  gid: () => process.getgid?.(),
  pid: () => process.pid,
  canCreateIn: writable,
  exists: existsSync,
  read: (path) => {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  },
  mkdir: (path) => mkdirSync(path, { recursive: true }),
  write: (path, value) => writeFileSync(path, value),
  sudoAvailable: () => {
    // once per process: a failed sudo may be logged (or mailed) by the host as an incident
    sudoProbe ??= probeSudo();
    return sudoProbe;
  },
  sudo: (script) => {
    const sudo = findExecutable("sudo", process.env.PATH || SUDO_PATH) ?? "sudo";
    const run = spawnSync(sudo, ["-n", "/bin/sh", "-euc", script], {
      encoding: "utf8",
      timeout: 30_000,
      env: { PATH: SUDO_PATH },
    });
    if (run.status !== 0) {
      throw new Error(`${`${run.stderr ?? ""}`.trim() || run.error?.message || `exit ${run.status}`}`);
    }
  },
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

/** the memory, pids and cpu controllers named in a cgroup.controllers or cgroup.subtree_control file */
function controllersIn(text: string | undefined): Controller[] {
  // the kernel lists names; a "+name" is what was written (a fake, or a file not yet re-read)
  const named = (text ?? "")
    .trim()
    .split(/\s+/)
    .map((name) => name.replace(/^\+/, ""));
  return CONTROLLERS.filter((c) => named.includes(c));
}

function enableLine(controllers: readonly Controller[]): string {
  return controllers.map((c) => `+${c}`).join(" ");
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
  const v1 = CONTROLLERS.map(
    (c) => [c, mounts.find((m) => m.fsType === "cgroup" && m.superOptions.includes(c))] as const,
  );
  // cgroup v1 while any of our controllers lives there (hybrid hosts); else v2
  if (v1.some(([, m]) => m)) return detectV1(host, self, v1);
  const unified = mounts.find((m) => m.fsType === "cgroup2");
  if (unified) return detectV2(host, self, unified);
  return { version: undefined, bases: {}, detail: "no cgroup filesystem mounted" };
}

function detectV1(
  host: CgroupHost,
  self: string,
  v1: ReadonlyArray<readonly [Controller, MountEntry | undefined]>,
): CgroupSupport {
  const uid = host.uid();
  const bases: Partial<Record<Controller, string>> = {};
  const missing: string[] = [];
  const pending: Array<[Controller, string, string]> = [];
  for (const [controller, mount] of v1) {
    const own = ownCgroup(self, controller);
    if (!mount || own === undefined) {
      missing.push(`${controller} (not mounted)`);
      continue;
    }
    const dir = posix.join(mount.mountPoint, relativeTo(own, mount.root)).replace(/(.)\/$/, "$1");
    const delegated = posix.join(dir, userSubtreeName(uid));
    if (host.canCreateIn(dir)) bases[controller] = dir;
    else if (uid !== 0 && host.canCreateIn(delegated))
      bases[controller] = delegated; // prepared before
    else pending.push([controller, dir, delegated]);
  }
  const used = () => Object.values(bases).join(", ");
  if (pending.length === 0) {
    return {
      version: 1,
      bases,
      detail: `cgroup v1${used() ? ` (${used()})` : ""}${missing.length ? `; unusable: ${missing.join(", ")}` : ""}`,
    };
  }
  const sudo = uid === 0 ? { ok: false, detail: "root, yet not writable" } : host.sudoAvailable();
  if (!sudo.ok) {
    for (const [controller, dir] of pending)
      missing.push(`${controller} (${dir} not writable by uid ${uid ?? "?"})`);
    return {
      version: 1,
      bases,
      detail:
        `cgroup v1; unusable: ${missing.join(", ")}; ${uid === 0 ? "" : `no delegated cgroup, and ${sudo.detail}`}`.replace(
          /; $/,
          "",
        ),
    };
  }
  const owner = `${uid}:${host.gid() ?? uid}`;
  const steps: PrepStep[] = [];
  for (const [controller, , delegated] of pending) {
    bases[controller] = delegated;
    steps.push({ mkdir: delegated });
    steps.push({
      chown: [delegated, posix.join(delegated, "cgroup.procs"), posix.join(delegated, "tasks")],
      owner,
    });
  }
  const dirs = pending.map(([, , delegated]) => delegated);
  return {
    version: 1,
    bases,
    detail: `cgroup v1 (${used()})${missing.length ? `; unusable: ${missing.join(", ")}` : ""}`,
    preparation: {
      via: "sudo",
      summary: `made ${dirs.join(", ")} for uid ${uid} through \`sudo -n\` (once per machine)`,
      steps,
    },
  };
}

function detectV2(host: CgroupHost, self: string, unified: MountEntry): CgroupSupport {
  const uid = host.uid();
  const pid = host.pid();
  const top = unified.mountPoint;
  const available = controllersIn(host.read(posix.join(top, "cgroup.controllers")));
  const at = `cgroup v2 at ${top}`;
  if (available.length === 0) {
    return { version: 2, bases: {}, detail: `${at} offers none of the memory, pids and cpu controllers` };
  }
  const basesFor = (dir: string, controllers: readonly Controller[]) =>
    Object.fromEntries(controllers.map((c) => [c, dir])) as Partial<Record<Controller, string>>;

  // root (or a writable root cgroup): /sys/fs/cgroup/sandbox-action/<id>
  const rootBase = posix.join(top, V2_BASE_NAME);
  if (host.exists(rootBase) ? host.canCreateIn(rootBase) : host.canCreateIn(top)) {
    return {
      version: 2,
      bases: basesFor(rootBase, available),
      detail: `${at} (controllers: ${available.join(" ")})`,
      enable: [posix.join(top, "cgroup.subtree_control"), posix.join(rootBase, "cgroup.subtree_control")],
    };
  }
  const own = posix.join(top, relativeTo(ownCgroup(self, "") ?? "/", unified.root));
  const reasons: string[] = [`${top} is not writable by uid ${uid ?? "?"}`];

  // already in the leaf of a subtree delegated to us (prepared through sudo, or by systemd)
  const parent = posix.dirname(own);
  if (posix.basename(own) === HOST_LEAF && host.canCreateIn(parent)) {
    const enabled = controllersIn(host.read(posix.join(parent, "cgroup.subtree_control")));
    return {
      version: 2,
      bases: basesFor(parent, enabled),
      detail: `${at}: ${parent}, delegated to uid ${uid ?? "?"} (controllers: ${enabled.join(" ") || "none"})`,
    };
  }

  // delegated by systemd (systemd-run --user --scope -p Delegate=yes): our own cgroup is ours,
  // and we are alone in it, so we can step into a leaf and enable the controllers above it
  if (uid !== 0 && host.canCreateIn(own)) {
    const controllers = controllersIn(host.read(posix.join(own, "cgroup.controllers")));
    const others = (host.read(posix.join(own, "cgroup.procs")) ?? "")
      .split("\n")
      .filter((line) => line && Number(line) !== pid);
    if (controllers.length > 0 && others.length === 0) {
      const leaf = posix.join(own, HOST_LEAF);
      return {
        version: 2,
        bases: basesFor(own, controllers),
        detail: `${at}: ${own}, delegated to uid ${uid ?? "?"} (controllers: ${controllers.join(" ")})`,
        preparation: {
          via: "delegated",
          summary: `moved this process (pid ${pid}) into ${leaf} and enabled ${controllers.join(" ")} in ${own}, its delegated cgroup`,
          steps: [
            { mkdir: leaf },
            { write: posix.join(leaf, "cgroup.procs"), value: String(pid) },
            { write: posix.join(own, "cgroup.subtree_control"), value: enableLine(controllers) },
          ],
        },
      };
    }
    reasons.push(
      controllers.length === 0
        ? `its own cgroup ${own} is delegated without memory, pids or cpu`
        : `its own cgroup ${own} also holds other processes (${others.slice(0, 5).join(" ")})`,
    );
  }

  // passwordless sudo: /sys/fs/cgroup/sandbox-action-<uid>, made once, and this process moved in
  const sudo = uid === 0 ? { ok: false, detail: "root, yet not writable" } : host.sudoAvailable();
  if (!sudo.ok) {
    reasons.push(uid === 0 ? "" : sudo.detail);
    return { version: 2, bases: {}, detail: `${at}; ${reasons.filter(Boolean).join("; ")}` };
  }
  const subtree = posix.join(top, userSubtreeName(uid));
  const leaf = posix.join(subtree, HOST_LEAF);
  const ready =
    host.canCreateIn(subtree) &&
    host.exists(leaf) &&
    controllersIn(host.read(posix.join(subtree, "cgroup.subtree_control"))).length === available.length;
  const steps: PrepStep[] = ready
    ? []
    : [
        { write: posix.join(top, "cgroup.subtree_control"), value: enableLine(available) },
        { mkdir: leaf },
        { write: posix.join(subtree, "cgroup.subtree_control"), value: enableLine(available) },
        {
          chown: [
            subtree,
            ...["cgroup.procs", "cgroup.subtree_control", "cgroup.threads"].map((f) =>
              posix.join(subtree, f),
            ),
            leaf,
            ...["cgroup.procs", "cgroup.threads"].map((f) => posix.join(leaf, f)),
          ],
          owner: `${uid}:${host.gid() ?? uid}`,
        },
      ];
  steps.push({ write: posix.join(leaf, "cgroup.procs"), value: String(pid) });
  return {
    version: 2,
    bases: basesFor(subtree, available),
    detail: `${at}: ${subtree}, delegated to uid ${uid} through sudo (controllers: ${available.join(" ")})`,
    preparation: {
      via: "sudo",
      summary: ready
        ? `moved this process (pid ${pid}) into ${leaf} through \`sudo -n\``
        : `made ${subtree} for uid ${uid} (controllers ${available.join(" ")} enabled down to it) and moved this process (pid ${pid}) into ${leaf}, through \`sudo -n\``,
      steps,
    },
  };
}

function shQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The root shell script that `sudo -n /bin/sh -euc` runs for a preparation (idempotent). */
export function preparationScript(steps: readonly PrepStep[]): string {
  return steps
    .map((step) => {
      if ("mkdir" in step) return `mkdir -p ${shQuote(step.mkdir)}`;
      if ("chown" in step) return `chown ${shQuote(step.owner)} ${step.chown.map(shQuote).join(" ")}`;
      return `printf '%s\\n' ${shQuote(step.value)} > ${shQuote(step.write)}`;
    })
    .join("\n");
}

function prepare(preparation: Preparation, host: CgroupHost): void {
  if (preparation.via === "sudo") {
    host.sudo(preparationScript(preparation.steps));
    return;
  }
  for (const step of preparation.steps) {
    if ("mkdir" in step) host.mkdir(step.mkdir);
    else if ("write" in step) host.write(step.write, step.value);
    else throw new Error("a delegated cgroup needs no chown");
  }
}

/** What would enforce each limit with this support (before anything is made); `doctor` shows it. */
export function plannedMechanisms(
  support: CgroupSupport,
  rlimitNproc: boolean,
): Record<"memory" | "pids" | "cpu", LimitMechanism> {
  const cgroup: LimitMechanism = support.version === 2 ? "cgroup-v2" : "cgroup-v1";
  return {
    memory: support.bases.memory ? cgroup : "none",
    pids: support.bases.pids ? cgroup : rlimitNproc ? "rlimit" : "none",
    cpu: support.bases.cpu ? cgroup : "none",
  };
}

/** How to get limits enforced for this user; the hint of the refusal at create and doctor's fix. */
export function unenforcedLimitsFix(uid: number | undefined): string {
  const bestEffort =
    "or, to run with them unenforced, choose best-effort limits explicitly (limits-mode: best-effort)";
  if (uid === 0) {
    return `make a cgroup filesystem writable for this process (in a container: a writable /sys/fs/cgroup in its own cgroup namespace), or use the docker backend; ${bestEffort}`;
  }
  return [
    "give this user passwordless sudo (the local backend then prepares a cgroup subtree for it once, through `sudo -n`),",
    "or start the tool in a delegated cgroup (`systemd-run --user --scope -p Delegate=yes node dist/index.js ...`),",
    `or run it as root, or use the docker backend; ${bestEffort}`,
  ].join(" ");
}

/**
 * Makes the sandbox's cgroups and writes its limits; what cannot be enforced by a cgroup falls to
 * an rlimit (pids). A requested limit that nothing enforces is refused unless `requested.bestEffort`.
 * `rlimitNproc`: whether the kernel counts RLIMIT_NPROC per user namespace (5.14+).
 */
export function setupLimits(
  id: string,
  requested: Limits,
  support: CgroupSupport = detectCgroups(),
  rlimitNproc = kernelAtLeast(5, 14),
  host: CgroupHost = realCgroupHost,
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
    ...(requested.bestEffort ? { bestEffort: true } : {}),
  };
  // refuse before anything is prepared or made
  const planned = plannedMechanisms(support, rlimitNproc);
  const unenforceable = [
    planned.memory === "none" ? `memory ${formatBytes(memory)}` : undefined,
    planned.pids === "none" ? `pids ${pids}` : undefined,
    cpus !== undefined && planned.cpu === "none" ? `cpus ${cpus}` : undefined,
  ].filter((limit): limit is string => limit !== undefined);
  if (unenforceable.length > 0 && !requested.bestEffort) {
    throw new SandboxError(
      `sandbox limits: nothing on this machine can enforce ${unenforceable.join(", ")} for uid ${host.uid() ?? "?"} (${support.detail})`,
      unenforcedLimitsFix(host.uid()),
    );
  }
  let usable = support;
  if (support.preparation) {
    try {
      prepare(support.preparation, host);
      setup.prepared = support.preparation.summary;
    } catch (error) {
      const message = `sandbox limits: preparing cgroups for uid ${host.uid() ?? "?"} failed: ${(error as Error).message} (the plan: ${support.preparation.summary})`;
      if (!requested.bestEffort) throw new SandboxError(message, unenforcedLimitsFix(host.uid()));
      usable = { ...support, bases: {} };
    }
  }
  makeCgroups(id, setup, usable);
  if (setup.pids.mechanism === "none" && rlimitNproc) {
    setup.nproc = pids;
    setup.pids.mechanism = "rlimit";
  }
  return setup;
}

function makeCgroups(id: string, setup: LimitSetup, support: CgroupSupport): void {
  const { bytes: memory } = setup.memory;
  const { pids } = setup.pids;
  const { cpus } = setup.cpus;
  const mechanism: LimitMechanism = support.version === 2 ? "cgroup-v2" : "cgroup-v1";
  try {
    if (support.version === 2 && Object.keys(support.bases).length > 0) {
      const base = Object.values(support.bases)[0] as string;
      if (support.enable) {
        mkdirSync(base, { recursive: true });
        const enable = enableLine(CONTROLLERS.filter((c) => support.bases[c]));
        for (const file of support.enable) writeFileSync(file, enable);
      }
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
}

function formatBytes(bytes: number): string {
  return bytes % 1024 ** 3 === 0 ? `${bytes / 1024 ** 3}g` : `${Math.round(bytes / 1024 ** 2)}m`;
}

/** One line for the log at create: each limit and what enforces it, and what was prepared for it. */
export function describeLimits(setup: LimitSetup): string {
  const say = (value: string, mechanism: LimitMechanism) =>
    `${value} (${mechanism === "none" ? `NOT enforced${setup.bestEffort ? ": best-effort limits chosen" : ""}` : mechanism === "rlimit" ? "RLIMIT_NPROC" : mechanism})`;
  return [
    `memory ${say(formatBytes(setup.memory.bytes), setup.memory.mechanism)}`,
    `pids ${say(String(setup.pids.pids), setup.pids.mechanism)}`,
    `cpus ${setup.cpus.cpus === undefined ? "unbounded (not requested)" : say(String(setup.cpus.cpus), setup.cpus.mechanism)}`,
  ]
    .join(", ")
    .concat(setup.prepared ? `; prepared: ${setup.prepared}` : "");
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
