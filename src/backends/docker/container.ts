// The container's definition for POST /containers/create. Pure, so every isolation setting can be
// unit-tested without an engine.
import {
  CODE_CACHE_INSIDE,
  EGRESS_DIR_INSIDE,
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

export interface ContainerPlan {
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
  runDir: string;
  /** the host node's ELF interpreter (see entry.ts) */
  nodeInterpreter: string | undefined;
  /** argv of the server after the script */
  entryArgs: string[];
}

export function containerConfig(plan: ContainerPlan): Record<string, unknown> {
  const memory = plan.limits.memoryBytes ?? DEFAULT_LIMITS.memoryBytes;
  return {
    Image: plan.image,
    Entrypoint: ["/bin/sh", "-c", entryScript(plan.nodeInterpreter), "sandbox-entry"],
    Cmd: plan.entryArgs,
    User: plan.user,
    WorkingDir: WORKSPACE_INSIDE,
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
        `${plan.workspace}:${WORKSPACE_INSIDE}:${plan.workspaceMode}`,
        // The engine mounts in order of depth (Docker sorts; so does Podman), parents first.
        ...(plan.protect ?? []).map(
          (mount) => `${mount.host}:${WORKSPACE_INSIDE}/${mount.rel}:${mount.readOnly ? "ro" : "rw"}`,
        ),
        `${plan.script}:${SCRIPT_INSIDE}:ro`,
        ...(plan.codeCache ? [`${plan.codeCache}:${CODE_CACHE_INSIDE}:ro`] : []),
        `${plan.node}:${NODE_INSIDE}:ro`,
        `${plan.runDir}:${RUN_INSIDE}:rw`,
        ...(plan.egressDir ? [`${plan.egressDir}:${EGRESS_DIR_INSIDE}:rw`] : []),
      ],
      NetworkMode: plan.network === "open" ? "bridge" : "none",
      CapDrop: ["ALL"],
      SecurityOpt: ["no-new-privileges"],
      Privileged: false,
      ReadonlyRootfs: plan.readOnlyRoot,
      Tmpfs: { "/tmp": `rw,nosuid,nodev,size=${TMP_SIZE},mode=1777` },
      Memory: memory,
      // no swap beyond the memory limit
      MemorySwap: memory,
      PidsLimit: plan.limits.pids ?? DEFAULT_LIMITS.pids,
      ...(plan.limits.cpus ? { NanoCpus: Math.round(plan.limits.cpus * 1e9) } : {}),
      // an init as pid 1 reaps the orphans of commands and forwards SIGTERM to the server
      Init: true,
      IpcMode: "private",
      AutoRemove: false,
    },
  };
}
