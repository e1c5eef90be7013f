// Node's compile cache for the CLI's own chunks: V8 keeps the code it compiled for them, and later
// starts skip parsing and compiling them (~3.5 ms of every `run` on the machines we measure,
// docs/adr/0004-start-up-and-call-cost.md). It lives beside the sandbox server's code cache, under
// the same private-directory check and the same switch (src/host/cache-dir.ts).
import module from "node:module";
import { join } from "node:path";
import { COMPILE_CACHE_SUBDIR, codeCacheDir, type Env, privateDir } from "../host/cache-dir.js";

export function enableCompileCache(env: Env = process.env): void {
  const dir = codeCacheDir(env);
  if (dir && privateDir(dir)) module.enableCompileCache(join(dir, COMPILE_CACHE_SUBDIR));
}
