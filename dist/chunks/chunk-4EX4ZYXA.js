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
  COMPILE_CACHE_SUBDIR: () => COMPILE_CACHE_SUBDIR,
  chunkCacheDir: () => chunkCacheDir,
  codeCacheDir: () => codeCacheDir,
  privateDir: () => privateDir
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_os = require("node:os"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
var CODE_CACHE_SWITCH_ENV = "SANDBOX_ACTION_CODE_CACHE", COMPILE_CACHE_SUBDIR = "compile";
function chunkCacheDir(dir) {
  return (0, import_node_path.join)(dir, COMPILE_CACHE_SUBDIR, `${process.version}-${process.arch}-chunks`);
}
function codeCacheDir(env = process.env) {
  if (env[CODE_CACHE_SWITCH_ENV] === "off") return;
  let xdg = env.XDG_CACHE_HOME;
  if (xdg && (0, import_node_path.isAbsolute)(xdg)) return (0, import_node_path.join)(xdg, "sandbox-action");
  let home = env.HOME || (0, import_node_os.homedir)();
  return home && (0, import_node_path.isAbsolute)(home) ? (0, import_node_path.join)(home, ".cache", "sandbox-action") : void 0;
}
function privateDir(dir) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: !0, mode: 448 });
    let stat = (0, import_node_fs.lstatSync)(dir), uid = process.getuid?.();
    return stat.isDirectory() && (uid === void 0 || stat.uid === uid) && (stat.mode & 18) === 0;
  } catch {
    return !1;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  COMPILE_CACHE_SUBDIR,
  chunkCacheDir,
  codeCacheDir,
  privateDir
});
