// Bundles the CLI and the action (dist/index.js, dist/action-*.js: CommonJS, code-split so each
// command loads only what it needs) and the in-sandbox server (dist/sandbox-server.js, one
// self-contained file: it is mounted into sandboxes).
// `node esbuild.config.mjs [OUTDIR]`; tests build into a temporary OUTDIR and compare with dist/.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transformSync } from "esbuild";
import { markSchemasPure } from "./scripts/pure-schemas.mjs";

const root = fileURLToPath(new URL(".", import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));

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

/**
 * dist/sandbox-server.js: the server as CommonJS (one self-contained file, since every backend
 * mounts just this file) embedded as a string in its loader (src/server/loader.ts), which compiles
 * it with V8's code cache when the host gives one.
 */
async function buildServer(common) {
  const server = await build({
    ...common,
    entryPoints: ["src/server/main.ts"],
    inject: [...common.inject, "src/http/server-web-globals.ts"],
    format: "cjs",
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
  await Promise.all([buildCli(common, outdir), buildServer(common)]);
  return outdir;
}

/**
 * The CLI and the action, code-split: esbuild splits only ES modules, so each file it writes is
 * turned into CommonJS afterwards, and dist/package.json says so. Node loads a CommonJS file with
 * one synchronous `require`, where an ES module goes through its ESM loader (URL resolution, a
 * package scope lookup, linking, an async job per module): `run` loads ~25 files before its
 * sandbox starts, and that was ~12 ms of each start (docs/adr/0004-start-up-and-call-cost.md).
 */
async function buildCli(common, outdir) {
  const { outputFiles } = await build({
    ...common,
    entryPoints: {
      index: "src/cli/index.ts",
      "action-main": "src/action/main.ts",
      "action-post": "src/action/post.ts",
    },
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    write: false,
  });
  for (const file of outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, toCommonJs(file.text));
  }
  writeFileSync(join(outdir, "package.json"), '{ "type": "commonjs" }\n');
}

/** One ESM file of the split build as CommonJS; a chunk's `import()` becomes a `require` in a promise. */
function toCommonJs(text) {
  const hashbang = text.startsWith("#!") ? text.slice(0, text.indexOf("\n") + 1) : "";
  const usesMetaUrl = text.includes("import.meta.url");
  const { code } = transformSync(text.slice(hashbang.length), {
    format: "cjs",
    platform: "node",
    target: "node22",
    supported: { "dynamic-import": false },
    minifySyntax: true,
    legalComments: "none",
    logLevel: "warning",
    ...(usesMetaUrl
      ? {
          define: { "import.meta.url": "__sbxImportMetaUrl" },
          banner: 'var __sbxImportMetaUrl = require("node:url").pathToFileURL(__filename).href;',
        }
      : {}),
  });
  return hashbang + code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAll(process.argv[2]);
