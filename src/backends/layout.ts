// Where things are inside every sandbox, whatever the backend: the server, the node that runs it,
// the run directory with the server's socket, the workspace, and the unprivileged user.

/** Our own files live under one top-level directory. */
export const SANDBOX_DIR = "/.sandbox";
/** where the host's node is bound; on PATH so commands in the sandbox can use it */
export const NODE_DIR = `${SANDBOX_DIR}/bin`;
export const NODE_INSIDE = `${NODE_DIR}/node`;
export const SCRIPT_INSIDE = `${SANDBOX_DIR}/server.js`;
/**
 * Node flags of the server, in every backend and in the host's code-cache warm-up. A young
 * generation capped at 1 MB per semi-space (V8 grows it to 16 MB) is reused instead of grown into
 * fresh memory while the server starts: first touches of a page are what a start costs most
 * where page faults are dear (a paging-virtualised runner here: ~15 µs each), and the server's
 * work is I/O and child processes, not a high allocation rate. One V8 helper thread instead of
 * one per core: the server's background compiling and GC then leave the other core to the host,
 * which makes its identity and loads its client while the server boots, and to the commands
 * (docs/adr/0004). Neither flag changes V8's flag hash, so code caches stay valid.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=1", "--v8-pool-size=1"];
/**
 * glibc's malloc in the server's Node: transparent huge pages (where the host's THP mode is
 * `madvise` or `always`) for its heap and its threads' arenas, grown 4 MB at a time. ~1,200 fewer
 * page faults of ~5,400 by the server's CA, for ~10 MB more resident memory (docs/adr/0004). Set
 * only when the sandbox's env has no GLIBC_TUNABLES of its own; glibc reads the THP mode from
 * /sys/kernel/mm/transparent_hugepage, which the local backend binds read-only for it.
 */
export const SERVER_GLIBC_TUNABLES = "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=4194304";
/**
 * Set beside SERVER_GLIBC_TUNABLES: the server's loader then removes both from its environment, so
 * the sandbox's commands do not inherit a tuning meant for the server.
 */
export const SERVER_TUNABLES_ENV = "SANDBOX_SERVER_TUNABLES";
/** where glibc learns the host's THP mode */
export const THP_SYSFS_DIR = "/sys/kernel/mm/transparent_hugepage";
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
