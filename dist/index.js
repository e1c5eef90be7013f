#!/usr/bin/env node
import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-OXZBO3DO.js";
import {
  COMPILE_CACHE_SUBDIR,
  codeCacheDir,
  privateDir
} from "./chunks/chunk-WMVBAPYL.js";
import "./chunks/chunk-2E5UXECN.js";
import {
  init_web_globals
} from "./chunks/chunk-NEIF5R2C.js";

// src/cli/index.ts
init_web_globals();

// src/cli/compile-cache.ts
init_web_globals();
import module from "node:module";
import { join } from "node:path";
function enableCompileCache(env = process.env) {
  let dir = codeCacheDir(env);
  dir && privateDir(dir) && module.enableCompileCache(join(dir, COMPILE_CACHE_SUBDIR));
}

// src/cli/index.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V"))
  process.stdout.write(`${VERSION}
`);
else {
  enableCompileCache();
  let [{ main }, { EXIT }] = await Promise.all([import("./chunks/main-76PKYKLQ.js"), import("./chunks/exit-codes-XNK6YHLV.js")]);
  main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    // Asked for only by `--calls -` and `mcp`: when stdin is a file or /dev/null, making its stream
    // loads fs/promises, readline and the REPL's history with it (docs/adr/0004).
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd()
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`sandbox-action: internal error: ${error?.stack ?? String(error)}
`), process.exitCode = EXIT.sandbox;
    }
  );
}
