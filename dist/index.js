#!/usr/bin/env node
var __sbxImportMetaUrl = require("node:url").pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));
var import_chunk_4EX4ZYXA = require("./chunks/chunk-4EX4ZYXA.js"), import_chunk_TKZAGHXL = require("./chunks/chunk-TKZAGHXL.js"), import_chunk_WE6FURZE = require("./chunks/chunk-WE6FURZE.js"), import_node_url = require("node:url"), import_node_fs = require("node:fs"), import_node_module = __toESM(require("node:module")), import_node_path = require("node:path"), import_node_vm = require("node:vm");
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
function enableChunkCodeCache(chunksDir, env = process.env) {
  let base = (0, import_chunk_4EX4ZYXA.codeCacheDir)(env), dir = base && (0, import_chunk_4EX4ZYXA.chunkCacheDir)(base);
  if (!dir || !(0, import_chunk_4EX4ZYXA.privateDir)(dir)) return;
  let proto = import_node_module.default.prototype, nodeCompile = proto._compile, toWrite = [];
  proto._compile = function(content, filename, ...rest) {
    if ((0, import_node_path.dirname)(filename) !== chunksDir) return nodeCompile.call(this, content, filename, ...rest);
    let file = (0, import_node_path.join)(dir, `${(0, import_node_path.basename)(filename, ".js")}.v8cache`), cachedData = readIfThere(file), script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${content}
})`, {
      filename,
      cachedData
    });
    (!cachedData || script.cachedDataRejected) && toWrite.push({ script, file });
    let wrapper = script.runInThisContext(), require2 = Object.assign((id) => this.require(id), {
      resolve: (request, options) => (0, import_node_module.createRequire)(filename).resolve(request, options)
    });
    return wrapper.call(this.exports, this.exports, require2, this, filename, chunksDir);
  }, process.once("exit", () => {
    for (let { script, file } of toWrite) {
      let temporary = `${file}.${process.pid}.tmp`;
      try {
        (0, import_node_fs.writeFileSync)(temporary, script.createCachedData(), { mode: 384 }), (0, import_node_fs.renameSync)(temporary, file);
      } catch {
      }
    }
  });
}
function readIfThere(file) {
  try {
    return (0, import_node_fs.readFileSync)(file);
  } catch {
    return;
  }
}
var NODE_MIN = [22, 19], [major = 0, minor = 0] = process.versions.node.split(".").map(Number), argv = process.argv.slice(2);
argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V") ? process.stdout.write(`${import_chunk_TKZAGHXL.VERSION}
`) : major < NODE_MIN[0] || major === NODE_MIN[0] && minor < NODE_MIN[1] ? (process.stderr.write(
  `sandbox-action: Node.js ${NODE_MIN.join(".")} or newer is needed, this is ${process.version} (${process.execPath}); scripts/setup.sh installs Node 24 into .tools/node, and bin/sandbox-action runs with it
`
), process.exitCode = 2) : (enableChunkCodeCache((0, import_node_url.fileURLToPath)(new URL("chunks", __sbxImportMetaUrl))), Promise.all([Promise.resolve().then(() => __toESM(require("./chunks/main-2WE7FYBN.js"))), Promise.resolve().then(() => __toESM(require("./chunks/exit-codes-CDADTQWA.js")))]).then(
  ([{ main }, { EXIT }]) => main(argv, {
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
  )
));
