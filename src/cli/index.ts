#!/usr/bin/env node
// Process entry of dist/index.js. `--version` is answered before anything else is loaded, so it
// costs what starting Node costs; every other command loads the dispatcher.
import { VERSION } from "../version.js";

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const [{ main }, { EXIT }] = await Promise.all([import("./main.js"), import("./exit-codes.js")]);
  main(argv, {
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
}
