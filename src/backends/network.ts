// Network policy checks every backend's create() shares.
import { existingPath } from "./prepare.js";
import { SandboxError, type SandboxSpec } from "./types.js";

/** The policies the backends know. */
export function checkNetwork(spec: SandboxSpec): void {
  if (spec.network !== "none" && spec.network !== "open" && spec.network !== "allowlist") {
    throw new SandboxError(`unknown network policy ${JSON.stringify(spec.network)}`);
  }
}

/**
 * The egress proxy's socket directory for the allowlist policy (bound read-write at
 * EGRESS_DIR_INSIDE; the sandbox has no network of its own), or a SandboxError without one.
 */
export function egressHostDir(spec: SandboxSpec): string {
  if (!spec.egress?.hostDir) {
    throw new SandboxError(
      "network policy allowlist needs the egress proxy's socket directory (spec.egress), and none was given",
      "start the egress proxy before the sandbox and pass its directory as spec.egress, or use --network none",
    );
  }
  return existingPath(spec.egress.hostDir, "dir", "egress socket directory");
}
