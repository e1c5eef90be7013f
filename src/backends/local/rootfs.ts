// Plans the sandbox's root filesystem from the host's: bubblewrap starts from an empty tmpfs, and we
// rebuild the host's top level on it entry by entry instead of binding / wholesale, so that we can
// bind only the system trees (home directories, /run with its daemon sockets stay out), add our own top-level
// directories (/workspace, /.sandbox) on a root that is still writable during setup, and then mask
// sensitive paths inside the trees we did bind.
import { lstatSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { posix } from "node:path";
import { byCodeUnit } from "../../compare.js";

export type RootOp =
  | { kind: "ro-bind"; src: string; dest: string }
  | { kind: "symlink"; target: string; dest: string }
  /** a non-directory made unreadable: /dev/null bound over it */
  | { kind: "mask-file"; dest: string }
  /** a directory replaced by an empty read-only tmpfs */
  | { kind: "mask-dir"; dest: string };

export type PathKind = "dir" | "symlink" | "file" | "missing";

/** The few host facts the planner needs; injectable so the plan is testable without a host. */
export interface HostFs {
  rootEntries(): string[];
  /** lstat: what the path itself is, without following a final symlink */
  kind(path: string): PathKind;
  readlink(path: string): string;
  /** fully resolved path, or undefined when it does not exist */
  realpath(path: string): string | undefined;
}

/**
 * The only top-level entries bound from the host (read-only): the system trees programs need.
 * An allowlist, not a denylist: anything else at the top level (home directories, /run with the
 * container engines' sockets, /mnt, /srv, a self-hosted runner under /actions-runner, a checkout
 * under /work) is simply absent. /sys is left out too: the host's sysfs shows the host's network
 * interfaces and devices. /tmp, /proc and /dev are fresh mounts of the sandbox's own.
 */
export const BOUND_TOP_LEVEL: ReadonlySet<string> = new Set([
  "usr",
  "bin",
  "sbin",
  "lib",
  "lib32",
  "lib64",
  "libx32",
  "etc",
  "opt",
  "var",
  "nix",
]);

/**
 * Paths inside bound trees that must not be visible: secrets, credentials, other services' data.
 * The sandbox never runs as host root (identity.ts), so a root-only file is unreadable inside even
 * where a mask is missing; the masks also hide what is readable by others (and everything from a
 * sandbox that runs as a user that could read it). Unix sockets matter even with network "none":
 * path-based sockets work across network namespaces.
 */
export const SENSITIVE_PATHS: readonly string[] = [
  "/etc/shadow",
  "/etc/gshadow",
  "/etc/shadow-",
  "/etc/gshadow-",
  "/etc/sudoers",
  "/etc/sudoers.d",
  "/etc/ssh",
  "/etc/ssl/private",
  "/etc/krb5.keytab",
  "/etc/security/opasswd",
  "/etc/NetworkManager/system-connections",
  "/etc/kubernetes",
  "/etc/rancher",
  // package managers' and network credentials
  "/etc/apt/auth.conf",
  "/etc/apt/auth.conf.d",
  "/var/cache/debconf/passwords.dat",
  "/etc/netplan",
  "/etc/wpa_supplicant",
  "/var/lib/iwd",
  "/etc/wireguard",
  "/etc/openvpn",
  "/etc/ipsec.secrets",
  "/etc/ipsec.d/private",
  "/etc/ppp/chap-secrets",
  "/etc/ppp/pap-secrets",
  "/etc/pki/tls/private",
  "/etc/letsencrypt",
  "/etc/docker",
  "/etc/sssd",
  "/etc/mysql/debian.cnf",
  "/etc/postgresql",
  "/etc/libvirt/secrets",
  "/etc/polkit-1/rules.d",
  "/var/run/docker.sock",
  "/var/lib/docker",
  "/var/lib/containers",
  "/var/lib/kubelet",
  "/var/lib/rancher",
  "/var/lib/lxd",
  "/var/lib/incus",
  "/var/snap/lxd",
  "/var/lib/cloud",
  "/var/lib/waagent",
  "/var/lib/sss",
  "/var/lib/private",
  "/var/cache/private",
  "/var/lib/polkit-1",
  "/var/lib/postgresql",
  "/var/lib/mysql",
  "/var/lib/redis",
  "/var/lib/libvirt",
  "/var/lib/tailscale",
  "/var/lib/sudo",
  "/var/log",
  "/opt/hostedtoolcache",
  "/opt/actionarchivecache",
];

/**
 * Runner directories named by the environment. RUNNER_WORKSPACE's parent is deliberately not
 * here: the workspace is bound on its own at /workspace, and hiding the parent would not change
 * what the sandbox sees.
 */
export const SENSITIVE_ENV_DIRS: readonly string[] = [
  "RUNNER_TEMP",
  "RUNNER_TOOL_CACHE",
  "AGENT_TOOLSDIRECTORY",
];

export function planRootfs(host: HostFs, env: Record<string, string | undefined>): RootOp[] {
  const ops: RootOp[] = [];
  const bound = new Set<string>();
  for (const name of [...host.rootEntries()].sort()) {
    if (!BOUND_TOP_LEVEL.has(name)) continue;
    const path = `/${name}`;
    const kind = host.kind(path);
    if (kind === "symlink") ops.push({ kind: "symlink", target: host.readlink(path), dest: path });
    else if (kind === "dir") {
      ops.push({ kind: "ro-bind", src: path, dest: path });
      bound.add(name);
    }
    // Regular files at the top level (/.dockerenv, installer leftovers) are not needed and not bound.
  }
  ops.push(...planMasks(host, env, bound));
  return ops;
}

function planMasks(
  host: HostFs,
  env: Record<string, string | undefined>,
  bound: ReadonlySet<string>,
): RootOp[] {
  const candidates = [...SENSITIVE_PATHS];
  for (const name of SENSITIVE_ENV_DIRS) {
    const value = env[name];
    if (value && posix.isAbsolute(value)) candidates.push(value);
  }
  const targets = new Map<string, "dir" | "file">();
  for (const candidate of candidates) {
    // Mask what the path resolves to: bubblewrap would follow the symlink inside the sandbox anyway,
    // and a target outside the bound trees (e.g. /var/run -> /run) is invisible already.
    const real = host.realpath(posix.normalize(candidate));
    if (!real || real === "/") continue;
    const top = real.split("/")[1] ?? "";
    if (!bound.has(top)) continue;
    targets.set(real, host.kind(real) === "dir" ? "dir" : "file");
  }
  const ops: RootOp[] = [];
  const maskedDirs: string[] = [];
  // Parents first; anything under an already masked directory no longer exists in the sandbox, and
  // bubblewrap could not create its mount point on the read-only tmpfs.
  for (const [path, kind] of [...targets].sort(([a], [b]) => a.length - b.length || byCodeUnit(a, b))) {
    if (maskedDirs.some((dir) => path.startsWith(`${dir}/`))) continue;
    if (kind === "dir") {
      maskedDirs.push(path);
      ops.push({ kind: "mask-dir", dest: path });
    } else ops.push({ kind: "mask-file", dest: path });
  }
  return ops;
}

/**
 * What Docker (moby's defaults) keeps read-only under /proc: the kernel's settings (core_pattern
 * names a program the kernel runs as root), SysRq, IRQ affinities, bus and filesystem knobs. The
 * sandbox's uid cannot write them anyway (never host root); read-only closes what its own user
 * namespace owns too (its network namespace's net.* settings). Bound from the host's /proc:
 * /proc/sys shows the reader's own namespaces whichever proc it comes from.
 */
export const PROC_READ_ONLY: readonly string[] = [
  "/proc/bus",
  "/proc/fs",
  "/proc/irq",
  "/proc/sys",
  "/proc/sysrq-trigger",
];

/** What Docker masks under /proc: kernel memory, keys, timers, scheduler and device details. */
export const PROC_MASKED: readonly string[] = [
  "/proc/acpi",
  "/proc/asound",
  "/proc/interrupts",
  "/proc/kcore",
  "/proc/keys",
  "/proc/latency_stats",
  "/proc/sched_debug",
  "/proc/scsi",
  "/proc/timer_list",
  "/proc/timer_stats",
];

export type ProcOp = { kind: "ro-bind" | "mask-file" | "mask-dir"; dest: string };

/**
 * Ops over the sandbox's fresh /proc for the entries this kernel has (a mount needs an existing
 * mount point; the sandbox's proc has the same global entries as the host's).
 */
export function planProc(host: HostFs): ProcOp[] {
  const ops: ProcOp[] = [];
  for (const dest of PROC_READ_ONLY) if (host.kind(dest) !== "missing") ops.push({ kind: "ro-bind", dest });
  for (const dest of PROC_MASKED) {
    const kind = host.kind(dest);
    if (kind === "dir") ops.push({ kind: "mask-dir", dest });
    else if (kind === "file") ops.push({ kind: "mask-file", dest });
  }
  return ops;
}

/**
 * With the host network shared, DNS needs /etc/resolv.conf; on systemd-resolved hosts it is a
 * symlink into /run, which the sandbox replaces with an empty tmpfs, so its target is bound back.
 */
export function resolvConfTarget(host: HostFs): string | undefined {
  const real = host.realpath("/etc/resolv.conf");
  return real?.startsWith("/run/") ? real : undefined;
}

export const realHostFs: HostFs = {
  rootEntries: () => readdirSync("/"),
  kind(path) {
    try {
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) return "symlink";
      return stat.isDirectory() ? "dir" : "file";
    } catch {
      return "missing";
    }
  },
  readlink: (path) => readlinkSync(path),
  realpath(path) {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  },
};
