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
  formatDuration: () => formatDuration,
  parseDuration: () => parseDuration,
  parseSize: () => parseSize
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
var DURATION_UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 }, SIZE_UNITS = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function parseDuration(text) {
  let match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text);
  if (!match) return;
  let value = Number(match[1]) * (DURATION_UNITS[(match[2] ?? "ms").toLowerCase()] ?? 1);
  return Number.isFinite(value) ? Math.round(value) : void 0;
}
function formatDuration(ms) {
  return ms % 36e5 === 0 ? `${ms / 36e5}h` : ms % 6e4 === 0 ? `${ms / 6e4}m` : ms % 1e3 === 0 ? `${ms / 1e3}s` : `${ms}ms`;
}
function parseSize(text) {
  let match = /^\s*(\d+(?:\.\d+)?)\s*([bkmg]?)(?:i?b)?\s*$/i.exec(text);
  if (!match) return;
  let value = Number(match[1]) * (SIZE_UNITS[(match[2] ?? "").toLowerCase()] ?? 1);
  return Number.isFinite(value) ? Math.round(value) : void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  formatDuration,
  parseDuration,
  parseSize
});
