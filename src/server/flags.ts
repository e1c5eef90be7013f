// Command-line flags of dist/sandbox-server.js besides --listen, shared with the host, which runs
// them to make the server's code cache (src/host/code-cache.ts). No imports: the loader has this.

/** Loader: compile the server without a cache and write V8's code cache to FILE at a clean exit. */
export const WRITE_CODE_CACHE_FLAG = "--write-code-cache";
/** Server: run a start and a first session in memory, then exit (what the code cache is made of). */
export const WARM_UP_FLAG = "--warm-up";
