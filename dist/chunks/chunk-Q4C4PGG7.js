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
  findDaemon: () => findDaemon,
  statePathOf: () => statePathOf
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_X2S6FJ5P = require("./chunk-X2S6FJ5P.js"), import_chunk_QQHNKEZU = require("./chunk-QQHNKEZU.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
function statePathOf(args, io) {
  if (typeof args.flags.state == "string") return (0, import_node_path.resolve)(io.cwd, args.flags.state);
  let workspace = args.options.workspace;
  return (0, import_chunk_QQHNKEZU.defaultStatePath)((0, import_node_path.resolve)(io.cwd, typeof workspace == "string" ? workspace : "."));
}
function findDaemon(args, io) {
  let path = statePathOf(args, io), state = (0, import_chunk_QQHNKEZU.readState)(path);
  if (!state)
    throw new import_chunk_X2S6FJ5P.ConfigError(
      `no sandbox is up for this workspace (no state file ${path}); start one with \`up\``
    );
  return { path, state, running: (0, import_chunk_QQHNKEZU.processAlive)(state.daemon_pid) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  findDaemon,
  statePathOf
});
