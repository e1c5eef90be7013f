#!/usr/bin/env node
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
var import_chunk_TKZAGHXL = require("./chunks/chunk-TKZAGHXL.js"), import_chunk_VSKCL5YH = require("./chunks/chunk-VSKCL5YH.js"), import_chunk_WE6FURZE = require("./chunks/chunk-WE6FURZE.js"), import_node_module = __toESM(require("node:module")), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
function enableCompileCache(env = process.env) {
  let dir = (0, import_chunk_VSKCL5YH.codeCacheDir)(env);
  dir && (0, import_chunk_VSKCL5YH.privateDir)(dir) && import_node_module.default.enableCompileCache((0, import_node_path.join)(dir, import_chunk_VSKCL5YH.COMPILE_CACHE_SUBDIR));
}
var argv = process.argv.slice(2);
argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V") ? process.stdout.write(`${import_chunk_TKZAGHXL.VERSION}
`) : (enableCompileCache(), Promise.all([Promise.resolve().then(() => __toESM(require("./chunks/main-QSZDW6JV.js"))), Promise.resolve().then(() => __toESM(require("./chunks/exit-codes-CDADTQWA.js")))]).then(
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
