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
  formatCallHuman: () => formatCallHuman,
  redactingWriter: () => redactingWriter,
  reportSandboxError: () => reportSandboxError,
  shortArgs: () => shortArgs
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
function redactingWriter(sink, policy) {
  return { write: (text) => sink.write(policy.redactor.text(text)) };
}
var SUMMARY_ARG_CHARS = 100;
function shortArgs(args) {
  let text = JSON.stringify(args);
  return text.length > SUMMARY_ARG_CHARS ? `${text.slice(0, SUMMARY_ARG_CHARS - 1)}\u2026` : text;
}
function formatCallHuman(args, result) {
  let status = result.isError ? "error" : "ok", body = result.text.endsWith(`
`) || result.text === "" ? result.text : `${result.text}
`;
  return `\u2500\u2500 ${result.tool} ${shortArgs(args)} \xB7 ${status} \xB7 ${result.duration_ms} ms
${body}`;
}
function reportSandboxError(stderr, error) {
  if (error instanceof import_chunk_GTVJVVCB.SandboxError) {
    stderr.write(`sandbox-action: ${error.message}
`), error.hint && stderr.write(`  fix: ${error.hint}
`);
    return;
  }
  stderr.write(`sandbox-action: sandbox failure: ${error?.stack ?? String(error)}
`);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  formatCallHuman,
  redactingWriter,
  reportSandboxError,
  shortArgs
});
