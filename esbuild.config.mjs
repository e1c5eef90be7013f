// Bundles the CLI (dist/index.js, code-split so each command loads only what it needs) and the
// in-sandbox server (dist/sandbox-server.js, one self-contained file: it is mounted into sandboxes).
// `node esbuild.config.mjs [OUTDIR]`; tests build into a temporary OUTDIR and compare with dist/.

import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL(".", import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));

// ESM output must give CommonJS dependencies a `require` for Node builtins.
const banner = {
  js: "import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);",
};

// The server passes its own JSON Schema validator (src/server/mcp.ts): the SDK uses one only for
// elicitation, which the server never does. Stubbing the Ajv provider takes ~260 KB of parsing
// off every sandbox start (measured: spawn -> CA printed 166 ms -> 139 ms).
const stubAjvInServer = {
  name: "stub-ajv-provider",
  setup(b) {
    b.onResolve({ filter: /validation\/ajv-provider\.js$/ }, () => ({
      path: "ajv-provider",
      namespace: "stub",
    }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents:
        "export class AjvJsonSchemaValidator { constructor() { throw new Error('Ajv is not bundled in the sandbox server'); } }",
    }));
  },
};

export async function buildAll(outdir = `${root}dist`) {
  rmSync(outdir, { recursive: true, force: true });
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    banner,
    outdir,
    legalComments: "none",
    minifySyntax: true,
    define: { __SANDBOX_ACTION_VERSION__: JSON.stringify(pkg.version) },
    logLevel: "warning",
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: { index: "src/cli/index.ts" },
      splitting: true,
      chunkNames: "chunks/[name]-[hash]",
    }),
    build({ ...common, entryPoints: { "sandbox-server": "src/server/main.ts" }, plugins: [stubAjvInServer] }),
  ]);
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAll(process.argv[2]);
