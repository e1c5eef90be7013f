import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/host/call.ts
init_web_globals();
var REQUEST_TIMEOUT_CODE = -32001;
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

export {
  REQUEST_TIMEOUT_CODE,
  SandboxUnreachableError,
  callTool
};
