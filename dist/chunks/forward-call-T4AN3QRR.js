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
  CallsInFlight: () => import_chunk_EACGRETR.CallsInFlight,
  HostStoppingError: () => import_chunk_EACGRETR.HostStoppingError,
  NoSandboxError: () => import_chunk_EACGRETR.NoSandboxError,
  STOP_ANSWER_MS: () => import_chunk_EACGRETR.STOP_ANSWER_MS,
  answeredBySandbox: () => import_chunk_EACGRETR.answeredBySandbox,
  forwardCall: () => import_chunk_EACGRETR.forwardCall,
  jsonRpcError: () => import_chunk_EACGRETR.jsonRpcError,
  redactedError: () => import_chunk_EACGRETR.redactedError,
  requestTooLargeMessage: () => import_chunk_EACGRETR.requestTooLargeMessage
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_EACGRETR = require("./chunk-EACGRETR.js"), import_chunk_QIJFTTHX = require("./chunk-QIJFTTHX.js"), import_chunk_BQUIEBUU = require("./chunk-BQUIEBUU.js"), import_chunk_L35A4DH3 = require("./chunk-L35A4DH3.js"), import_chunk_CLN36EFS = require("./chunk-CLN36EFS.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CallsInFlight,
  HostStoppingError,
  NoSandboxError,
  STOP_ANSWER_MS,
  answeredBySandbox,
  forwardCall,
  jsonRpcError,
  redactedError,
  requestTooLargeMessage
});
