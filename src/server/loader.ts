// Entry of dist/sandbox-server.js. The server (main.ts and all it imports, a CommonJS build) is
// embedded here as a string by esbuild.config.mjs and compiled with vm.Script, which can take a
// V8 code cache: the bytecode of every function a warm-up run compiled, so the sandbox's Node
// neither parses nor compiles it again (docs/adr/0004-start-up-and-call-cost.md). Without a cache,
// or with one V8 rejects (another Node, another build), it compiles as usual.
//
// The cache is produced on the host only (`--write-code-cache FILE --warm-up`, see
// src/host/code-cache.ts) and reaches a sandbox read-only: code that a sandbox wrote must never run
// in the next one.
import { CODE_CACHE_ENV } from "../backends/layout.js";
import { WRITE_CODE_CACHE_FLAG } from "./flags.js";

// Builtins through process.getBuiltinModule, so the built file has no import statement: a file
// without module syntax and without a package.json beside it (as in a sandbox) is loaded as
// CommonJS at once; with one, Node first fails that, then starts its ESM loader (~15 ms more
// before the first line here).
const { readFileSync, renameSync, writeFileSync } = process.getBuiltinModule("node:fs");
const { createRequire } = process.getBuiltinModule("node:module");
const { dirname } = process.getBuiltinModule("node:path");
const { Script } = process.getBuiltinModule("node:vm");

declare const __SANDBOX_SERVER_SOURCE__: string;

const WARM_UP_DEADLINE_MS = 20_000;

/** this file: Node resolves the main script's path into argv[1] */
const filename = process.argv[1] as string;

function takeFlagValue(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  if (index < 0) return undefined;
  const [, value] = process.argv.splice(index, 2);
  return value;
}

function readCache(path: string | undefined): Buffer | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch {
    return undefined; // no cache is only slower
  }
}

const writeTo = takeFlagValue(WRITE_CODE_CACHE_FLAG);
const cachePath = process.env[CODE_CACHE_ENV];
// configuration of this process, not something the sandbox's commands should see
delete process.env[CODE_CACHE_ENV];

const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${__SANDBOX_SERVER_SOURCE__}\n})`,
  { filename, cachedData: writeTo ? undefined : readCache(cachePath) },
);
if (cachePath && script.cachedDataRejected) {
  process.stderr.write(
    "sandbox-server: V8 rejected the code cache (another Node or build); compiled without it\n",
  );
}
if (writeTo) {
  // The host starts this detached: it must end even if the warm-up never does.
  setTimeout(() => process.exit(1), WARM_UP_DEADLINE_MS).unref();
  // at exit, so the cache holds everything the warm-up compiled, not only the top level
  process.once("exit", (code) => {
    if (code !== 0) return;
    const temporary = `${writeTo}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData(), { mode: 0o644 });
    renameSync(temporary, writeTo);
  });
}
const serverModule = { exports: {} };
script.runInThisContext()(
  serverModule.exports,
  createRequire(filename),
  serverModule,
  filename,
  dirname(filename),
);
