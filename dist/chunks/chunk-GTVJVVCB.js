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
  DEFAULT_LIMITS: () => DEFAULT_LIMITS,
  LABEL_MANAGED: () => LABEL_MANAGED,
  LABEL_RUN_ID: () => LABEL_RUN_ID,
  SandboxError: () => SandboxError
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
var DEFAULT_LIMITS = {
  memoryBytes: 4294967296,
  pids: 1024
}, SandboxError = class extends Error {
  constructor(message, hint, options) {
    super(message, options), this.hint = hint, this.name = "SandboxError";
  }
  hint;
}, LABEL_RUN_ID = "sandbox-action.run-id", LABEL_MANAGED = "sandbox-action.managed";
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_LIMITS,
  LABEL_MANAGED,
  LABEL_RUN_ID,
  SandboxError
});
