// Where things are inside every sandbox, whatever the backend: the server, the node that runs it,
// the run directory with the server's socket, the workspace, and the unprivileged user.

/** Our own files live under one top-level directory. */
export const SANDBOX_DIR = "/.sandbox";
/** where the host's node is bound; on PATH so commands in the sandbox can use it */
export const NODE_DIR = `${SANDBOX_DIR}/bin`;
export const NODE_INSIDE = `${NODE_DIR}/node`;
export const SCRIPT_INSIDE = `${SANDBOX_DIR}/server.js`;
/**
 * Node flags of the server, in every backend and in the host's code-cache warm-up: one V8 helper
 * thread instead of one per core, so that the server's background compiling and GC leave the
 * other core to the host and to the commands (docs/adr/0004).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--v8-pool-size=1"];
/** a V8 code cache of the server, bound read-only when the host has one (src/server/loader.ts) */
export const CODE_CACHE_INSIDE = `${SANDBOX_DIR}/server.v8cache`;
/** tells the server's loader where CODE_CACHE_INSIDE is; unset without a cache */
export const CODE_CACHE_ENV = "SANDBOX_SERVER_CODE_CACHE";
/** bound from a host directory: the server's unix socket appears there for the host to connect */
export const RUN_INSIDE = `${SANDBOX_DIR}/run`;
export const SOCKET_NAME = "server.sock";
export const LISTEN_ADDRESS = `unix:${RUN_INSIDE}/${SOCKET_NAME}`;
/**
 * The link between the server's compartment and the commands' (ADR 0014): a one-shot unix socket
 * in a directory bound into both, which the server removes once the runner is connected. The
 * runner reaches it at LINK_DIR_INSIDE; the server, where the backend puts it for it.
 */
export const LINK_DIR_INSIDE = `${SANDBOX_DIR}/link`;
export const LINK_SOCKET_NAME = "runner.sock";
export const LINK_ADDRESS = `unix:${LINK_DIR_INSIDE}/${LINK_SOCKET_NAME}`;
/** starts the bundle as the runner (src/server/config.ts reads it) */
export const RUNNER_FLAG = "--runner";
export const WORKSPACE_INSIDE = "/workspace";
export const SANDBOX_UID = 1000;
export const SANDBOX_GID = 1000;
export const SANDBOX_HOSTNAME = "sandbox";

/** with network allowlist: a host directory holding the egress proxy's socket, bound here */
export const EGRESS_DIR_INSIDE = `${SANDBOX_DIR}/egress`;
export const EGRESS_SOCKET_NAME = "egress.sock";
/** the forwarder inside the sandbox (run by the server) listens here; HTTP(S)_PROXY point at it */
export const EGRESS_PROXY_ADDRESS = "127.0.0.1:3128";
