// Builds bubblewrap's argv from a prepared plan. Pure: no filesystem access, no spawning, so every
// isolation flag can be unit-tested.
import {
  CODE_CACHE_INSIDE,
  EGRESS_DIR_INSIDE,
  LINK_DIR_INSIDE,
  NODE_INSIDE,
  RUN_INSIDE,
  SANDBOX_GID,
  SANDBOX_HOSTNAME,
  SANDBOX_UID,
  SCRIPT_INSIDE,
  SERVER_NODE_FLAGS,
  WORKSPACE_INSIDE,
} from "../layout.js";
import type { ProtectedMount } from "../protect.js";
import type { ProcOp, RootOp } from "./rootfs.js";

/**
 * bubblewrap's fds in the child, after stdin/stdout/stderr: 3 carries JSON status lines (the
 * sandbox's pid, its exit code), 4 carries extra NUL-separated arguments (the environment), which
 * bubblewrap reads once at start.
 */
export const STATUS_FD = 3;
export const ARGS_FD = 4;
/** the seccomp filter (seccomp.ts), read by bubblewrap once at start */
export const SECCOMP_FD = 5;

/**
 * A local sandbox is two bubblewraps (ADR 0014): `server` (the MCP server: never a network, no
 * workspace, the run directory with its socket for the host) and `commands` (the runner and the
 * agent's commands: the network policy, the workspace with its protected paths, the egress
 * socket). Each has its own user, pid, mount, ipc and uts namespaces; the link directory is the
 * one thing bound into both.
 */
export type CompartmentRole = "server" | "commands";

/** the link directory on the host: inside the run directory, so the stage of that covers it */
export const linkDirOf = (runDir: string): string => `${runDir}/link`;

export interface BwrapPlan {
  role: CompartmentRole;
  rootfs: RootOp[];
  /** "none" also for the allowlist policy: its only way out is the egress socket (egressDir) */
  network: "none" | "open";
  /** host paths, already resolved */
  workspace: string;
  workspaceMode: "rw" | "ro";
  /** over the workspace bind, parents first (see src/backends/protect.ts) */
  protect?: ProtectedMount[];
  /** network allowlist: host directory with the egress proxy's socket, bound read-write */
  egressDir?: string;
  script: string;
  /** V8 code cache of the script, bound read-only beside it */
  codeCache?: string;
  node: string;
  /** host directory bound read-write at RUN_INSIDE (server), its link directory in both */
  runDir: string;
  /** host path bound at the same place when the network is shared (see resolvConfTarget) */
  resolvConf?: string;
  /** argv of the server or the runner after the script */
  entryArgs: string[];
  /** over the sandbox's /proc: Docker's read-only and masked entries (rootfs.ts planProc) */
  proc?: ProcOp[];
  /**
   * host path -> the path bubblewrap binds it from instead (a directory's entry also covers what is
   * below it): started by root, bubblewrap runs as the sandbox's uid, which reaches these sources
   * only through their stage entries (privilege.ts)
   */
  staged?: Readonly<Record<string, string>>;
}

/** where bubblewrap finds a host path: its stage entry, or the path itself */
export function bindSource(plan: Pick<BwrapPlan, "staged">, host: string): string {
  if (!plan.staged) return host;
  const exact = plan.staged[host];
  if (exact !== undefined) return exact;
  for (const [from, to] of Object.entries(plan.staged)) {
    if (host.startsWith(`${from}/`)) return `${to}${host.slice(from.length)}`;
  }
  return host;
}

export function buildBwrapArgs(plan: BwrapPlan): string[] {
  const server = plan.role === "server";
  // the server needs no network whatever the policy: the host reaches it through the run directory
  const network = server ? "none" : plan.network;
  const args = [
    "--unshare-user",
    "--unshare-pid",
    "--unshare-ipc",
    "--unshare-uts",
    "--unshare-cgroup-try",
    ...(network === "none" ? ["--unshare-net"] : []),
    // No nested user namespaces: they are the usual way from an unprivileged process to kernel
    // attack surface (nf_tables and friends), and Docker's default seccomp profile blocks them too.
    "--disable-userns",
    "--die-with-parent",
    // setsid: no controlling terminal to push input into (TIOCSTI), and one process group to signal
    "--new-session",
    "--cap-drop",
    "ALL",
    "--uid",
    String(SANDBOX_UID),
    "--gid",
    String(SANDBOX_GID),
    "--hostname",
    SANDBOX_HOSTNAME,
    "--json-status-fd",
    String(STATUS_FD),
    // bwrap reads this descriptor to its end before it creates anything: the host puts it into
    // the sandbox's cgroups meanwhile (sandbox.ts, joinCgroups)
    "--args",
    String(ARGS_FD),
    // no set-user-ID or set-group-ID bit on anything the sandbox writes (seccomp.ts)
    "--seccomp",
    String(SECCOMP_FD),
  ];
  for (const op of plan.rootfs) {
    if (op.kind === "symlink") args.push("--symlink", op.target, op.dest);
    else if (op.kind === "ro-bind") args.push("--ro-bind", op.src, op.dest);
  }
  args.push("--proc", "/proc");
  for (const op of plan.proc ?? []) {
    // from the host's proc: /proc/sys shows the reader's own namespaces whichever proc it is
    if (op.kind === "ro-bind") args.push("--ro-bind-try", op.dest, op.dest);
    else if (op.kind === "mask-file") args.push("--ro-bind", "/dev/null", op.dest);
    else args.push("--perms", "0555", "--tmpfs", op.dest, "--remount-ro", op.dest);
  }
  args.push("--dev", "/dev", "--perms", "1777", "--tmpfs", "/tmp", "--tmpfs", "/run");
  for (const op of plan.rootfs) {
    if (op.kind === "mask-file") args.push("--ro-bind", "/dev/null", op.dest);
    else if (op.kind === "mask-dir")
      args.push("--perms", "0555", "--tmpfs", op.dest, "--remount-ro", op.dest);
  }
  const source = (host: string) => bindSource(plan, host);
  if (server) {
    // nothing of the workspace: the tools run in the commands' compartment
    if (plan.codeCache) args.push("--ro-bind", source(plan.codeCache), CODE_CACHE_INSIDE);
    args.push("--bind", source(plan.runDir), RUN_INSIDE);
  } else {
    if (network === "open" && plan.resolvConf) args.push("--ro-bind", plan.resolvConf, plan.resolvConf);
    args.push(plan.workspaceMode === "ro" ? "--ro-bind" : "--bind", source(plan.workspace), WORKSPACE_INSIDE);
    // After the workspace: each is a mount on top of it. Sources were checked to be no symlinks.
    for (const mount of plan.protect ?? []) {
      args.push(
        mount.readOnly ? "--ro-bind" : "--bind",
        source(mount.host),
        `${WORKSPACE_INSIDE}/${mount.rel}`,
      );
    }
    if (plan.egressDir) args.push("--bind", source(plan.egressDir), EGRESS_DIR_INSIDE);
  }
  args.push(
    "--bind",
    source(linkDirOf(plan.runDir)),
    LINK_DIR_INSIDE,
    "--ro-bind",
    source(plan.script),
    SCRIPT_INSIDE,
    "--ro-bind",
    source(plan.node),
    NODE_INSIDE,
    // Last: the root tmpfs (and so /.sandbox and the mount points on it) becomes read-only too.
    "--remount-ro",
    "/",
    "--chdir",
    server ? "/" : WORKSPACE_INSIDE,
    "--",
    NODE_INSIDE,
    ...SERVER_NODE_FLAGS,
    SCRIPT_INSIDE,
    ...plan.entryArgs,
  );
  return args;
}

/**
 * The environment as `--setenv` arguments for the ARGS_FD channel: bubblewrap itself runs with an
 * empty environment (so LD_PRELOAD and friends in a user's env never touch the host-side process),
 * and the values never appear in the host's process list.
 */
export function envArgs(env: Record<string, string>): Buffer {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(env)) parts.push("--setenv", key, value);
  return Buffer.from(parts.map((part) => `${part}\0`).join(""));
}
