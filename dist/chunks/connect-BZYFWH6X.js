var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  connectMcp: () => connectMcp
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_54RLGO4C = require("./chunk-54RLGO4C.js"), import_chunk_VQVNX2VT = require("./chunk-VQVNX2VT.js"), import_chunk_J34AVT42 = require("./chunk-J34AVT42.js"), import_chunk_RXVTIGQ6 = require("./chunk-RXVTIGQ6.js"), import_chunk_BQUIEBUU = require("./chunk-BQUIEBUU.js"), import_chunk_FH7W7LPR = require("./chunk-FH7W7LPR.js"), import_chunk_KKHJGK6H = require("./chunk-KKHJGK6H.js"), import_chunk_CLN36EFS = require("./chunk-CLN36EFS.js"), import_chunk_TKZAGHXL = require("./chunk-TKZAGHXL.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_http = __toESM(require("node:http")), import_node_stream = require("node:stream");
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_light_web)();
var NO_BODY_STATUS = /* @__PURE__ */ new Set([101, 204, 205, 304]);
function createChannelFetch(connect) {
  let agent = (0, import_chunk_VQVNX2VT.createChannelAgent)(connect);
  return { fetch: (input, init = {}) => new Promise((resolve, reject) => {
    let url = new URL(input), headers = Object.fromEntries(new import_chunk_WE6FURZE.LightHeaders(init.headers)), body = init.body;
    if (body != null && typeof body != "string") {
      reject(new TypeError("channel fetch only sends string bodies"));
      return;
    }
    body && (headers["content-length"] = String(Buffer.byteLength(body)));
    let signal = init.signal ?? void 0;
    if (signal?.aborted) {
      reject(signal.reason ?? new DOMException("aborted", "AbortError"));
      return;
    }
    let request = import_node_http.default.request({
      agent,
      host: url.hostname,
      path: `${url.pathname}${url.search}`,
      method: init.method ?? "GET",
      headers
    }), onAbort = () => request.destroy(signal?.reason ?? new DOMException("aborted", "AbortError"));
    signal?.addEventListener("abort", onAbort, { once: !0 }), request.once("error", (error) => {
      signal?.removeEventListener("abort", onAbort), reject(error);
    }), request.once("response", (response) => {
      response.once("close", () => signal?.removeEventListener("abort", onAbort));
      let status = response.statusCode ?? 500, stream = NO_BODY_STATUS.has(status) ? null : import_node_stream.Readable.toWeb(response);
      stream || response.resume();
      let light = new import_chunk_WE6FURZE.LightResponse(stream, {
        status,
        statusText: response.statusMessage ?? "",
        headers: response.headers
      });
      resolve(light);
    }), request.end(body ?? void 0);
  }), close: () => agent.destroy() };
}
async function connectMcp(options) {
  (0, import_chunk_VQVNX2VT.warmUpTls)(options.identity);
  let channels = createChannelFetch(() => (0, import_chunk_VQVNX2VT.openTlsChannel)(options)), transport = new import_chunk_54RLGO4C.StreamableHTTPClientTransport(new URL(`https://${import_chunk_FH7W7LPR.SERVER_NAME}/mcp`), {
    fetch: channels.fetch
  }), client = new import_chunk_54RLGO4C.Client(
    { name: "sandbox-action", version: import_chunk_TKZAGHXL.VERSION },
    { capabilities: {}, jsonSchemaValidator: import_chunk_RXVTIGQ6.acceptStructuredContent }
  );
  try {
    await client.connect(transport);
  } catch (error) {
    throw channels.close(), error;
  }
  return {
    client,
    async close() {
      await transport.terminateSession().catch(() => {
      }), await client.close().catch(() => {
      }), channels.close();
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  connectMcp
});
