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
  findExecutable: () => findExecutable,
  resolveNodeBinary: () => resolveNodeBinary
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
function findExecutable(name, pathEnv = process.env.PATH ?? "") {
  if ((0, import_node_path.isAbsolute)(name)) return isExecutable(name) ? name : void 0;
  for (let dir of pathEnv.split(import_node_path.delimiter)) {
    if (!dir) continue;
    let candidate = (0, import_node_path.join)(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
}
function isExecutable(path) {
  try {
    return (0, import_node_fs.accessSync)(path, import_node_fs.constants.X_OK), (0, import_node_fs.statSync)(path).isFile();
  } catch {
    return !1;
  }
}
function resolveNodeBinary(override) {
  let versions = process.versions, candidate = override ?? (versions.deno || versions.bun ? findExecutable("node") : process.execPath);
  if (!candidate || !isExecutable(candidate))
    throw new import_chunk_GTVJVVCB.SandboxError(
      `no Node.js binary to run the sandbox server with${candidate ? ` (${candidate} is not executable)` : ""}`,
      "install Node.js 22 or newer on PATH"
    );
  return (0, import_node_fs.realpathSync)(candidate);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  findExecutable,
  resolveNodeBinary
});
