// V8 code caches of the CLI's own chunks (dist/chunks/*.js), made after they ran. Node's compile
// cache (module.enableCompileCache) keeps only what V8 compiled while loading a file, its top
// level: every function the CLI calls was parsed and compiled again on each start. A cache V8
// makes once the process is done holds the bytecode of every function that ran, as the server's
// does (src/server/loader.ts): ~10 ms of each `run` (docs/adr/0004-start-up-and-call-cost.md).
//
// A chunk is compiled here, as Node's CommonJS loader would (same wrapper, same `require`), with
// its cache when there is one. A chunk that had none, or one V8 rejected (another Node, other
// flags), gets one written at exit. Chunks are named after their content hash, so a rebuilt chunk
// never meets an old cache. The caches live in the private cache directory (src/host/cache-dir.ts)
// under the same checks and switch as the server's: V8 trusts a code cache it accepts.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import { chunkCacheDir, codeCacheDir, type Env, privateDir } from "../host/cache-dir.js";

type Compile = (this: Module, content: string, filename: string, ...rest: unknown[]) => unknown;

export function enableChunkCodeCache(chunksDir: string, env: Env = process.env): void {
  const base = codeCacheDir(env);
  const dir = base && chunkCacheDir(base);
  if (!dir || !privateDir(dir)) return;
  const proto = Module.prototype as unknown as { _compile: Compile };
  const nodeCompile = proto._compile;
  const toWrite: { script: Script; file: string }[] = [];

  proto._compile = function (this: Module, content, filename, ...rest) {
    if (dirname(filename) !== chunksDir) return nodeCompile.call(this, content, filename, ...rest);
    const file = join(dir, `${basename(filename, ".js")}.v8cache`);
    const cachedData = readIfThere(file);
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${content}\n})`, {
      filename,
      cachedData,
    });
    if (!cachedData || script.cachedDataRejected) toWrite.push({ script, file });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    // what the chunks ask of it: other chunks (relative to this one) and Node's builtins; a full
    // require (createRequire, ~0.1 ms each) only if something resolves
    const require = Object.assign((id: string) => this.require(id), {
      resolve: (request: string, options?: { paths?: string[] }) =>
        createRequire(filename).resolve(request, options),
    });
    return wrapper.call(this.exports, this.exports, require, this, filename, chunksDir);
  };

  process.once("exit", () => {
    for (const { script, file } of toWrite) {
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, file);
      } catch {
        // no cache is only slower
      }
    }
  });
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
