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
  backendsToReap: () => import_chunk_X4JXATLK.backendsToReap,
  loadBackend: () => import_chunk_X4JXATLK.loadBackend,
  openBackend: () => import_chunk_X4JXATLK.openBackend,
  selectBackend: () => import_chunk_X4JXATLK.selectBackend
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_X4JXATLK = require("./chunk-X4JXATLK.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  backendsToReap,
  loadBackend,
  openBackend,
  selectBackend
});
