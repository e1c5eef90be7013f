// Bundles the CLI (dist/index.js, code-split so each command loads only what it needs) and the
// in-sandbox server (dist/sandbox-server.js, one self-contained file: it is mounted into sandboxes).
// `node esbuild.config.mjs [OUTDIR]`; tests build into a temporary OUTDIR and compare with dist/.

import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { markSchemasPure } from "./scripts/pure-schemas.mjs";

const root = fileURLToPath(new URL(".", import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));

// ESM output must give CommonJS dependencies a `require` for Node builtins.
const banner = {
  js: "import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);",
};

// Code the MCP SDK bundles that we never run, replaced by stubs that throw if reached. Each one is
// parsed on every start otherwise (docs/adr/0004-start-up-and-call-cost.md has the measurements):
// - the Ajv JSON Schema validator: both ends pass their own validator (src/host/connect.ts,
//   src/server/mcp.ts);
// - Zod 3 and zod-to-json-schema: the SDK's compatibility path for Zod 3 schemas; ours are Zod 4;
// - @actions/http-client (and undici under it): @actions/core needs it only for OIDC tokens
//   (getIDToken), which the action never asks for. ~700 KB off the action's main step.
const STUBS = [
  {
    filter: /validation\/ajv-provider\.js$/,
    contents:
      "export class AjvJsonSchemaValidator { constructor() { throw new Error('sandbox-action: Ajv is not bundled'); } }",
  },
  {
    filter: /^zod\/v3$/,
    contents: "export function object() { throw new Error('sandbox-action: Zod 3 is not bundled'); }",
  },
  {
    filter: /^zod-to-json-schema$/,
    contents:
      "export function zodToJsonSchema() { throw new Error('sandbox-action: zod-to-json-schema is not bundled'); }",
  },
  {
    filter: /^@actions\/http-client(\/lib\/auth)?$/,
    contents:
      "export class HttpClient { constructor() { throw new Error('sandbox-action: @actions/http-client is not bundled'); } } export class BearerCredentialHandler extends HttpClient {}",
  },
];
const stubUnusedSdkCode = {
  name: "stub-unused-sdk-code",
  setup(b) {
    STUBS.forEach((stub, index) => {
      b.onResolve({ filter: stub.filter }, () => ({ path: String(index), namespace: "sdk-stub" }));
    });
    b.onLoad({ filter: /.*/, namespace: "sdk-stub" }, (args) => ({
      contents: STUBS[Number(args.path)].contents,
    }));
  },
};

// The SDK's types.js builds every zod schema of the protocol when it is evaluated, on each start
// of the server (and of the CLI's SDK client). Marked pure (scripts/pure-schemas.mjs), the
// schemas a bundle never uses are left out: 57 of 199 in the server.
const SDK_TYPES = /@modelcontextprotocol[\\/]sdk[\\/]dist[\\/]esm[\\/]types\.js$/;
const pureSdkSchemas = {
  name: "pure-sdk-schemas",
  setup(b) {
    b.onLoad({ filter: SDK_TYPES }, (args) => {
      const { text, marked } = markSchemasPure(readFileSync(args.path, "utf8"));
      if (marked < 100)
        throw new Error(`pure-sdk-schemas: only ${marked} schema calls marked in ${args.path}`);
      return { contents: text, loader: "js" };
    });
  },
};

// Node builtins whose ESM import is expensive, taken through `require` in the ESM bundles. An ESM
// import of a builtin builds its module namespace from every export, which runs the module's lazy
// getters (docs/adr/0004-start-up-and-call-cost.md):
// - node:fs: fs.promises, and with it readline and the REPL's history, 3-8 ms of every CLI start;
// - node:http: the WebSocket, fetch and friends of Node's bundled undici, ~45 ms.
// Through a CommonJS wrapper each, every chunk's `import ... from "node:fs"` becomes a property
// read of require("node:fs").
const THROUGH_REQUIRE = /^(node:)?(fs|http)$/;
const builtinsThroughRequire = {
  name: "builtins-through-require",
  setup(b) {
    b.onResolve({ filter: THROUGH_REQUIRE }, (args) => {
      const path = args.path.startsWith("node:") ? args.path : `node:${args.path}`;
      return args.namespace === "through-require"
        ? { path, external: true }
        : { path, namespace: "through-require" };
    });
    b.onLoad({ filter: /.*/, namespace: "through-require" }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: "js",
    }));
  },
};

/**
 * dist/sandbox-server.js: the server as CommonJS (one self-contained file, since every backend
 * mounts just this file) embedded as a string in its loader (src/server/loader.ts), which compiles
 * it with V8's code cache when the host gives one.
 */
async function buildServer(common) {
  const server = await build({
    ...common,
    entryPoints: ["src/server/main.ts"],
    format: "cjs",
    // a CommonJS build has its own require
    banner: undefined,
    outdir: undefined,
    write: false,
    // Without comments and indentation the source is a third smaller and pure ASCII (two em dashes
    // in the SDK's and zod's comments made Node decode all of it as UTF-16): ~10 ms less before
    // the server's CA, on every start. Names stay, so stack traces still say where.
    minifyWhitespace: true,
  });
  const [source] = server.outputFiles;
  await build({
    ...common,
    entryPoints: { "sandbox-server": "src/server/loader.ts" },
    banner: undefined,
    inject: [],
    minifyWhitespace: true,
    define: { ...common.define, __SANDBOX_SERVER_SOURCE__: JSON.stringify(source.text) },
  });
}

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
    plugins: [stubUnusedSdkCode, pureSdkSchemas],
    // the SDK's `new Headers(...)` and `new Response(...)` without loading Node's undici
    // (src/http/light-web.ts)
    inject: ["src/http/web-globals.ts"],
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: {
        index: "src/cli/index.ts",
        "action-main": "src/action/main.ts",
        "action-post": "src/action/post.ts",
      },
      splitting: true,
      plugins: [...common.plugins, builtinsThroughRequire],
      chunkNames: "chunks/[name]-[hash]",
    }),
    buildServer(common),
  ]);
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAll(process.argv[2]);
