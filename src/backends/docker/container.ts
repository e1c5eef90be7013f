// The container's definition for POST /containers/create. Pure, so every isolation setting can be
// unit-tested without an engine.
import {
  CODE_CACHE_INSIDE,
  EGRESS_DIR_INSIDE,
  LINK_DIR_INSIDE,
  NODE_INSIDE,
  RUN_INSIDE,
  SANDBOX_HOSTNAME,
  SCRIPT_INSIDE,
  WORKSPACE_INSIDE,
} from "../layout.js";
import type { ProtectedMount } from "../protect.js";
import { DEFAULT_LIMITS, type Limits, type NetworkPolicy } from "../types.js";
import { entryScript } from "./entry.js";

export { DEFAULT_LIMITS };

export const TMP_SIZE = "1g";

/**
 * The server's container holds no command: MCP, TLS and the relay of tool calls to the runner
 * (ADR 0014). These bound it; the sandbox's configured limits are the commands' container's.
 */
export const SERVER_LIMITS = { memoryBytes: 1024 ** 3, pids: 128 } as const satisfies Limits;

/**
 * A sandbox is two containers (ADR 0014): `server` (the MCP server: no network, the host's channel
 * in its run directory) and `commands` (the runner, the agent's commands and the egress forwarder,
 * with the network policy). Both see the link directory; only the commands' sees the workspace.
 */
export type ContainerRole = "server" | "commands";

export interface ContainerPlan {
  role: ContainerRole;
  image: string;
  /** "UID:GID", never root */
  user: string;
  labels: Record<string, string>;
  env: Record<string, string>;
  /** allowlist: no network of its own (as none), the egress socket directory its only way out */
  network: NetworkPolicy;
  /** network allowlist: host directory with the egress proxy's socket, bound read-write */
  egressDir?: string;
  /** over the workspace bind, parents first (see src/backends/protect.ts) */
  protect?: ProtectedMount[];
  limits: Limits;
  readOnlyRoot: boolean;
  /** host paths, already resolved */
  workspace: string;
  workspaceMode: "rw" | "ro";
  script: string;
  /** V8 code cache of the script, bound read-only beside it */
  codeCache?: string;
  node: string;
  /** server: the host directory where its socket appears for the host's channel */
  runDir: string;
  /** both: the host directory of the one-shot link socket (LINK_DIR_INSIDE) */
  linkDir: string;
  /** the host node's ELF interpreter (see entry.ts) */
  nodeInterpreter: string | undefined;
  /** argv of the server or the runner after the script */
  entryArgs: string[];
  /**
   * a seccomp profile instead of the engine's default (seccomp.ts): the JSON itself for Docker, a
   * host path to it for Podman
   */
  seccomp?: string;
}

export function containerConfig(plan: ContainerPlan): Record<string, unknown> {
  const server = plan.role === "server";
  const limits: Limits = server ? SERVER_LIMITS : plan.limits;
  const memory = limits.memoryBytes ?? DEFAULT_LIMITS.memoryBytes;
  return {
    Image: plan.image,
    Entrypoint: ["/bin/sh", "-c", entryScript(plan.nodeInterpreter), "sandbox-entry"],
    Cmd: plan.entryArgs,
    User: plan.user,
    WorkingDir: server ? "/" : WORKSPACE_INSIDE,
    Hostname: SANDBOX_HOSTNAME,
    Env: Object.entries(plan.env).map(([key, value]) => `${key}=${value}`),
    Labels: plan.labels,
    AttachStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    OpenStdin: false,
    Tty: false,
    HostConfig: {
      Binds: [
        // The workspace is the commands' alone: the server carries out no tool (ADR 0014).
        ...(server
          ? []
          : [
              // the workspace itself, or the mount point of its idmapped view (idmap.ts)
              `${plan.workspace}:${WORKSPACE_INSIDE}:${plan.workspaceMode}`,
              // The engine mounts in order of depth (Docker sorts; so does Podman), parents first.
              ...(plan.protect ?? []).map(
                (mount) => `${mount.host}:${WORKSPACE_INSIDE}/${mount.rel}:${mount.readOnly ? "ro" : "rw"}`,
              ),
            ]),
        `${plan.script}:${SCRIPT_INSIDE}:ro`,
        ...(plan.codeCache ? [`${plan.codeCache}:${CODE_CACHE_INSIDE}:ro`] : []),
        `${plan.node}:${NODE_INSIDE}:ro`,
        `${plan.linkDir}:${LINK_DIR_INSIDE}:rw`,
        ...(server ? [`${plan.runDir}:${RUN_INSIDE}:rw`] : []),
        ...(!server && plan.egressDir ? [`${plan.egressDir}:${EGRESS_DIR_INSIDE}:rw`] : []),
      ],
      // the server needs no network whatever the policy: the host reaches it through its run dir
      NetworkMode: !server && plan.network === "open" ? "bridge" : "none",
      CapDrop: ["ALL"],
      SecurityOpt: ["no-new-privileges", ...(plan.seccomp ? [`seccomp=${plan.seccomp}`] : [])],
      Privileged: false,
      ReadonlyRootfs: plan.readOnlyRoot,
      Tmpfs: { "/tmp": `rw,nosuid,nodev,size=${TMP_SIZE},mode=1777` },
      Memory: memory,
      // no swap beyond the memory limit
      MemorySwap: memory,
      PidsLimit: limits.pids ?? DEFAULT_LIMITS.pids,
      ...(limits.cpus ? { NanoCpus: Math.round(limits.cpus * 1e9) } : {}),
      // an init as pid 1 reaps the orphans of commands and forwards SIGTERM to the server or runner
      Init: true,
      IpcMode: "private",
      AutoRemove: false,
    },
  };
}
