import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SandboxError
} from "./chunk-J2N5A2XW.js";

// src/host/call.ts
function isJsonRpcError(error) {
  return error instanceof Error && error.name === "McpError" && typeof error.code == "number";
}
var REQUEST_MARGIN_MS = 3e4, SandboxUnreachableError = class extends Error {
  name = "SandboxUnreachableError";
};
async function callTool(client, tool, args, defaultTimeoutMs) {
  let started = performance.now(), ownTimeout = typeof args.timeout_ms == "number" ? args.timeout_ms : 0;
  try {
    let result = await client.callTool({ name: tool, arguments: args }, void 0, {
      timeout: Math.max(defaultTimeoutMs, ownTimeout) + REQUEST_MARGIN_MS
    }), text = (Array.isArray(result.content) ? result.content : []).map((item) => item.type === "text" ? item.text : `[${item.type} content]`).join(`
`);
    return {
      tool,
      isError: result.isError === !0,
      text,
      ...result.structuredContent ? { structuredContent: result.structuredContent } : {},
      duration_ms: Math.round(performance.now() - started)
    };
  } catch (error) {
    if (isJsonRpcError(error) && error.code !== -32001)
      return {
        tool,
        isError: !0,
        text: error.message,
        duration_ms: Math.round(performance.now() - started)
      };
    throw new SandboxUnreachableError(`${tool}: ${error.message}`, { cause: error });
  }
}

// src/tools.ts
var TOOL_NAMES = [
  "run_command",
  "read_file",
  "write_file",
  "edit_file",
  "list_directory",
  "search_files"
];
function isToolName(name) {
  return TOOL_NAMES.includes(name);
}

// src/cli/output.ts
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
  SandboxUnreachableError,
  callTool,
  TOOL_NAMES,
  isToolName,
  formatCallHuman,
  reportSandboxError
};
