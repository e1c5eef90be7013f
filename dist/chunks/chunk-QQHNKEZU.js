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
  defaultStatePath: () => defaultStatePath,
  processAlive: () => processAlive,
  readState: () => readState,
  removeState: () => removeState,
  siblingPath: () => siblingPath,
  writeState: () => writeState
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_crypto = require("node:crypto"), import_node_fs = require("node:fs"), import_node_os = require("node:os"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
function defaultStatePath(workspace, env = process.env) {
  let base = env.XDG_STATE_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".local", "state"), key = (0, import_node_crypto.createHash)("sha256").update(workspace).digest("hex").slice(0, 16);
  return (0, import_node_path.join)(base, "sandbox-action", `${key}.json`);
}
function siblingPath(statePath, suffix) {
  return statePath.replace(/\.json$/, "") + suffix;
}
function writeState(path, state) {
  (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: !0, mode: 448 });
  let temporary = `${path}.${process.pid}.tmp`;
  (0, import_node_fs.writeFileSync)(temporary, `${JSON.stringify(state, null, 2)}
`, { mode: 384 }), (0, import_node_fs.renameSync)(temporary, path);
}
function readState(path) {
  let text;
  try {
    text = (0, import_node_fs.readFileSync)(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw error;
  }
  try {
    let state = JSON.parse(text);
    if (state.version !== 1 || typeof state.daemon_pid != "number") throw new Error("unknown format");
    return state;
  } catch (error) {
    throw new Error(`state file ${path} is not readable (${error.message}); remove it`);
  }
}
function removeState(path) {
  (0, import_node_fs.rmSync)(path, { force: !0 });
}
function processAlive(pid) {
  try {
    return process.kill(pid, 0), !0;
  } catch (error) {
    return error.code === "EPERM";
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  defaultStatePath,
  processAlive,
  readState,
  removeState,
  siblingPath,
  writeState
});
