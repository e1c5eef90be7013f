#!/usr/bin/env node
// Process entry of dist/index.js.
import { EXIT } from "./exit-codes.js";
import { main } from "./main.js";

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sandbox-action: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = EXIT.sandbox;
  },
);
