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
  randomHex: () => randomHex
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs");
(0, import_chunk_WE6FURZE.init_web_globals)();
function randomHex(bytes) {
  let buffer = Buffer.alloc(bytes), fd;
  try {
    if (fd = (0, import_node_fs.openSync)("/dev/urandom", "r"), (0, import_node_fs.readSync)(fd, buffer, 0, bytes, null) === bytes) return buffer.toString("hex");
  } catch {
  } finally {
    fd !== void 0 && (0, import_node_fs.closeSync)(fd);
  }
  return process.getBuiltinModule("node:crypto").randomBytes(bytes).toString("hex");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  randomHex
});
