#!/usr/bin/env node
import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-OXZBO3DO.js";
import {
  init_web_globals
} from "./chunks/chunk-NEIF5R2C.js";

// src/cli/index.ts
init_web_globals();
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V"))
  process.stdout.write(`${VERSION}
`);
else {
  let [{ main }, { EXIT }] = await Promise.all([import("./chunks/main-V2QCT2LC.js"), import("./chunks/exit-codes-XNK6YHLV.js")]);
  main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
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
