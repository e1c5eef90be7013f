#!/usr/bin/env node
// Process entry of dist/index.js. `--version` is answered before anything else is loaded, so it
// costs what starting Node costs; every other command loads the dispatcher, with the chunks' code
// caches when there are some (compile-cache.ts).
import { fileURLToPath } from "node:url";
import { VERSION } from "../version.js";
import { enableChunkCodeCache } from "./compile-cache.js";

/** the oldest Node the CLI runs on (package.json's engines): undici needs zlib's zstd, among others */
const NODE_MIN = [22, 19] as const;
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  process.stdout.write(`${VERSION}\n`);
} else if (major < NODE_MIN[0] || (major === NODE_MIN[0] && minor < NODE_MIN[1])) {
  // said at once, not as some library's failure halfway through a command
  process.stderr.write(
    `sandbox-action: Node.js ${NODE_MIN.join(".")} or newer is needed, this is ${process.version} (${process.execPath}); ` +
      "scripts/setup.sh installs Node 24 into .tools/node, and bin/sandbox-action runs with it\n",
  );
  process.exitCode = 2;
} else {
  enableChunkCodeCache(fileURLToPath(new URL("chunks", import.meta.url)));
  // no top-level await: dist/ is CommonJS (esbuild.config.mjs)
  Promise.all([import("./main.js"), import("./exit-codes.js")]).then(([{ main }, { EXIT }]) =>
    main(argv, {
      stdout: process.stdout,
      stderr: process.stderr,
      // Asked for only by `--calls -` and `mcp`: when stdin is a file or /dev/null, making its stream
      // loads fs/promises, readline and the REPL's history with it (docs/adr/0004).
      get stdin() {
        return process.stdin;
      },
      cwd: process.cwd(),
    }).then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        process.stderr.write(`sandbox-action: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
        process.exitCode = EXIT.sandbox;
      },
    ),
  );
}
