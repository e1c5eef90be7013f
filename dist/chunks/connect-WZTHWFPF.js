import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  Client,
  StreamableHTTPClientTransport
} from "./chunk-Y6GTCIUS.js";
import "./chunk-LEGKTWYF.js";
import {
  acceptStructuredContent
} from "./chunk-BKVB7IIB.js";
import "./chunk-YYQ2SC4C.js";
import {
  createChannelAgent,
  openTlsChannel,
  warmUpTls
} from "./chunk-ZU7Z25RR.js";
import {
  SERVER_NAME
} from "./chunk-VXV7UUND.js";
import {
  VERSION
} from "./chunk-OXZBO3DO.js";
import {
  require_node_http
} from "./chunk-CRLZL5MS.js";
import {
  LightHeaders,
  LightResponse,
  __toESM,
  init_light_web,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/host/connect.ts
init_web_globals();

// src/host/channel-fetch.ts
init_web_globals();
var import_node_http = __toESM(require_node_http(), 1);
init_light_web();
import { Readable } from "node:stream";
var NO_BODY_STATUS = /* @__PURE__ */ new Set([101, 204, 205, 304]);
function createChannelFetch(connect) {
  let agent = createChannelAgent(connect);
  return { fetch: (input, init = {}) => new Promise((resolve, reject) => {
    let url = new URL(input), headers = Object.fromEntries(new LightHeaders(init.headers)), body = init.body;
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
      let status = response.statusCode ?? 500, stream = NO_BODY_STATUS.has(status) ? null : Readable.toWeb(response);
      stream || response.resume();
      let light = new LightResponse(stream, {
        status,
        statusText: response.statusMessage ?? "",
        headers: response.headers
      });
      resolve(light);
    }), request.end(body ?? void 0);
  }), close: () => agent.destroy() };
}

// src/host/connect.ts
async function connectMcp(options) {
  warmUpTls(options.identity);
  let channels = createChannelFetch(() => openTlsChannel(options)), transport = new StreamableHTTPClientTransport(new URL(`https://${SERVER_NAME}/mcp`), {
    fetch: channels.fetch
  }), client = new Client(
    { name: "sandbox-action", version: VERSION },
    { capabilities: {}, jsonSchemaValidator: acceptStructuredContent }
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
export {
  connectMcp
};
