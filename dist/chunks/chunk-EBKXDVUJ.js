var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  checkSocketPath: () => checkSocketPath,
  ensureRunDirBase: () => ensureRunDirBase,
  removeRunDir: () => removeRunDir,
  runDirBase: () => runDirBase
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_os = require("node:os"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
function runDirBase(env = process.env, name = "sandbox-action") {
  return env.RUNNER_TEMP && (0, import_node_path.isAbsolute)(env.RUNNER_TEMP) ? (0, import_node_path.join)(env.RUNNER_TEMP, name) : (0, import_node_path.join)((0, import_node_os.tmpdir)(), `${name}-${process.getuid?.() ?? "user"}`);
}
function ensureRunDirBase(base) {
  try {
    (0, import_node_fs.mkdirSync)(base, { recursive: !0, mode: 448 });
  } catch (error) {
    throw new import_chunk_GTVJVVCB.SandboxError(
      `cannot create the run directory ${base}: ${error.message}`,
      void 0,
      {
        cause: error
      }
    );
  }
  let stat = (0, import_node_fs.lstatSync)(base), uid = process.getuid?.();
  if (!stat.isDirectory() || uid !== void 0 && stat.uid !== uid || (stat.mode & 63) !== 0)
    throw new import_chunk_GTVJVVCB.SandboxError(
      `the run directory ${base} is not a private directory of this user (a symlink, another owner, or group/world access)`,
      `remove ${base} or set RUNNER_TEMP to a private directory`
    );
}
function removeRunDir(dir) {
  (0, import_node_fs.rmSync)(dir, { recursive: !0, force: !0, maxRetries: 3 });
}
var MAX_SOCKET_PATH = 107;
function checkSocketPath(path, what = "sandbox socket") {
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH)
    throw new import_chunk_GTVJVVCB.SandboxError(
      `the ${what} path ${path} is longer than unix sockets allow (${MAX_SOCKET_PATH} bytes)`,
      "set RUNNER_TEMP (or TMPDIR) to a shorter directory"
    );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkSocketPath,
  ensureRunDirBase,
  removeRunDir,
  runDirBase
});
