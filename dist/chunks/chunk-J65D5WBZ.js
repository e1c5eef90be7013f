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
  REQUEST_TIMEOUT_CODE: () => REQUEST_TIMEOUT_CODE,
  SandboxUnreachableError: () => SandboxUnreachableError,
  callTool: () => callTool
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  REQUEST_TIMEOUT_CODE,
  SandboxUnreachableError,
  callTool
});
