import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SandboxError
} from "./chunk-K7RVUPPP.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/output.ts
init_web_globals();
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
  if (error instanceof SandboxError) {
    stderr.write(`sandbox-action: ${error.message}
`), error.hint && stderr.write(`  fix: ${error.hint}
`);
    return;
  }
  stderr.write(`sandbox-action: sandbox failure: ${error?.stack ?? String(error)}
`);
}

export {
  redactingWriter,
  shortArgs,
  formatCallHuman,
  reportSandboxError
};
