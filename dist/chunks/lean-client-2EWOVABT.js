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
  LeanMcpClient: () => LeanMcpClient,
  McpError: () => McpError,
  PROTOCOL_VERSION: () => PROTOCOL_VERSION,
  connectLean: () => connectLean
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_J65D5WBZ = require("./chunk-J65D5WBZ.js"), import_chunk_VQVNX2VT = require("./chunk-VQVNX2VT.js"), import_chunk_FH7W7LPR = require("./chunk-FH7W7LPR.js"), import_chunk_KKHJGK6H = require("./chunk-KKHJGK6H.js"), import_chunk_TKZAGHXL = require("./chunk-TKZAGHXL.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_http = __toESM(require("node:http"));
(0, import_chunk_WE6FURZE.init_web_globals)();
var PROTOCOL_VERSION = "2025-11-25", MAX_ANSWER_CHARS = 64 * 1024 * 1024, INITIALIZE_TIMEOUT_MS = 6e4, DELETE_TIMEOUT_MS = 2e3, tooBig = () => new Error("the sandbox's server sent an answer of more than 64 MiB; refused"), McpError = class extends Error {
  constructor(code, message, data) {
    super(`MCP error ${code}: ${message}`), this.code = code, this.data = data;
  }
  code;
  data;
  name = "McpError";
}, LeanMcpClient = class {
  constructor(agent) {
    this.agent = agent;
  }
  agent;
  sessionId;
  protocolVersion;
  nextId = 0;
  inFlight = /* @__PURE__ */ new Set();
  closed = !1;
  /** initialize and notifications/initialized; the session is ready when this resolves */
  async initialize(timeoutMs) {
    let result = await this.request(
      "initialize",
      {
        protocolVersion: PROTOCOL_VERSION,
        capabilities: {},
        clientInfo: { name: "sandbox-action", version: import_chunk_TKZAGHXL.VERSION }
      },
      timeoutMs
    );
    if (result?.protocolVersion !== PROTOCOL_VERSION)
      throw new Error(
        `the sandbox's server speaks MCP ${String(result?.protocolVersion)}, this client ${PROTOCOL_VERSION}: the CLI and dist/sandbox-server.js come from different builds`
      );
    this.protocolVersion = PROTOCOL_VERSION, await this.post({ jsonrpc: "2.0", method: "notifications/initialized" }, timeoutMs);
  }
  /** Same shape as the SDK client's callTool (src/host/call.ts takes either). */
  async callTool(params, _resultSchema, options = {}) {
    let result = await this.request("tools/call", params, options.timeout ?? 6e4);
    if (typeof result != "object" || result === null || Array.isArray(result))
      throw new McpError(-32603, "the server's tools/call result is not an object");
    return result;
  }
  /** Ends the session on the server (DELETE) and drops the connections. */
  async close() {
    if (!this.closed) {
      this.closed = !0;
      for (let pending of this.inFlight) pending.destroy(new Error("the MCP session was closed"));
      this.sessionId && await new Promise((resolve) => {
        let req = import_node_http.default.request({
          agent: this.agent,
          host: import_chunk_FH7W7LPR.SERVER_NAME,
          path: "/mcp",
          method: "DELETE",
          headers: this.headers()
        }), timer = setTimeout(() => req.destroy(), DELETE_TIMEOUT_MS), done = () => {
          clearTimeout(timer), resolve();
        };
        req.once("response", (res) => {
          res.resume(), res.once("end", done), res.on("error", done);
        }), req.on("error", done), req.end();
      }), this.agent.destroy();
    }
  }
  async request(method, params, timeoutMs) {
    let id = this.nextId++, answer;
    try {
      answer = await this.post({ jsonrpc: "2.0", id, method, params }, timeoutMs, id);
    } catch (error) {
      throw error instanceof McpError && error.code === -32001 && !this.closed && this.post(
        {
          jsonrpc: "2.0",
          method: "notifications/cancelled",
          params: { requestId: id, reason: error.message }
        },
        5e3
      ).catch(() => {
      }), error;
    }
    if (!answer) throw new Error(`the sandbox's server answered ${method} without a JSON-RPC response`);
    if (answer.error) {
      let { code, message, data } = answer.error;
      throw new McpError(typeof code == "number" ? code : -32603, String(message ?? "unknown error"), data);
    }
    return answer.result;
  }
  headers() {
    return {
      ...this.sessionId ? { "mcp-session-id": this.sessionId } : {},
      ...this.protocolVersion ? { "mcp-protocol-version": this.protocolVersion } : {}
    };
  }
  /**
   * POSTs one message. Resolves with the JSON-RPC response carrying `id` (from a JSON body or an
   * SSE stream; other messages on the stream are notifications we have no use for), or undefined
   * for a notification's 202.
   */
  post(message, timeoutMs, id) {
    if (this.closed) return Promise.reject(new Error("the MCP session was closed"));
    let body = JSON.stringify(message);
    return new Promise((resolve, reject) => {
      let settled = !1, finish = (error, answer) => {
        settled || (settled = !0, clearTimeout(timer), this.inFlight.delete(req), error ? reject(error) : resolve(answer));
      }, req = import_node_http.default.request({
        agent: this.agent,
        host: import_chunk_FH7W7LPR.SERVER_NAME,
        path: "/mcp",
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
          "content-length": String(Buffer.byteLength(body)),
          ...this.headers()
        }
      });
      this.inFlight.add(req);
      let timer = setTimeout(() => {
        finish(new McpError(-32001, "Request timed out", { timeout: timeoutMs })), req.destroy();
      }, timeoutMs);
      req.on("error", (error) => finish(error)), req.once("response", (res) => {
        let sessionId = res.headers["mcp-session-id"];
        typeof sessionId == "string" && !this.sessionId && (this.sessionId = sessionId), readAnswer(res, id).then(
          (answer) => finish(void 0, answer),
          (error) => {
            finish(error), res.destroy();
          }
        );
      }), req.end(body);
    });
  }
};
async function readAnswer(res, id) {
  let status = res.statusCode ?? 0;
  if (status === 202) {
    res.resume();
    return;
  }
  let type = String(res.headers["content-type"] ?? "");
  if (status !== 200) {
    let text = await readBody(res), detail = text.trim().slice(0, 500);
    try {
      let parsed = JSON.parse(text);
      typeof parsed.error?.message == "string" && (detail = parsed.error.message);
    } catch {
    }
    throw new Error(`the sandbox's server answered HTTP ${status}${detail ? `: ${detail}` : ""}`);
  }
  if (type.startsWith("application/json")) return parseAnswer(await readBody(res));
  if (!type.startsWith("text/event-stream"))
    throw res.resume(), new Error(`the sandbox's server answered with content-type "${type}"`);
  return readEventStream(res, id);
}
function parseAnswer(text) {
  let parsed = JSON.parse(text);
  if (typeof parsed != "object" || parsed === null || Array.isArray(parsed))
    throw new Error("the sandbox's server answered with something that is not a JSON-RPC message");
  return parsed;
}
function readText(res, onText) {
  return new Promise((resolve, reject) => {
    res.setEncoding("utf8");
    let size = 0, settled = !1, settle = (error, satisfied = !1) => {
      settled || (settled = !0, error ? reject(error) : resolve(satisfied));
    };
    res.on("data", (text) => {
      if (!settled) {
        if (size += text.length, size > MAX_ANSWER_CHARS) {
          settle(tooBig()), res.destroy();
          return;
        }
        try {
          onText(text) && settle(void 0, !0);
        } catch (error) {
          settle(error), res.destroy();
        }
      }
    }), res.once("end", () => settle(void 0, !1)), res.on("error", (error) => settle(error)), res.once("close", () => {
      res.complete || settle(new Error("the connection to the sandbox's server closed mid-answer"));
    });
  });
}
async function readBody(res) {
  let parts = [];
  return await readText(res, (text) => (parts.push(text), !1)), parts.join("");
}
async function readEventStream(res, id) {
  let answer, data = [], eventType = "", dispatch = () => {
    let payload = data.join(`
`), type = eventType;
    if (data = [], eventType = "", !payload || type !== "" && type !== "message") return;
    let message = parseAnswer(payload);
    message.id === id && ("result" in message || "error" in message) && (answer = message);
  }, onLine = (line) => {
    line === "" ? dispatch() : line.startsWith("data:") ? data.push(line.slice(line.startsWith("data: ") ? 6 : 5)) : line.startsWith("event:") && (eventType = line.slice(6).trim());
  }, lineParts = [], afterCr = !1;
  if (await readText(res, (chunk) => {
    let i = afterCr && chunk.startsWith(`
`) ? 1 : 0;
    afterCr = !1;
    let lf = chunk.indexOf(`
`, i), cr = chunk.indexOf("\r", i);
    for (; i < chunk.length && !answer; ) {
      lf >= 0 && lf < i && (lf = chunk.indexOf(`
`, i)), cr >= 0 && cr < i && (cr = chunk.indexOf("\r", i));
      let end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      if (end < 0) {
        lineParts.push(chunk.slice(i));
        break;
      }
      lineParts.push(chunk.slice(i, end));
      let line = lineParts.join("");
      lineParts = [], end === cr ? (end + 1 === chunk.length && (afterCr = !0), i = chunk.startsWith(`\r
`, end) ? end + 2 : end + 1) : i = end + 1, onLine(line);
    }
    return answer !== void 0;
  }), !answer) throw new Error("the sandbox's server ended its event stream without an answer");
  return answer;
}
async function connectLean(options) {
  (0, import_chunk_VQVNX2VT.warmUpTls)(options.identity);
  let client = new LeanMcpClient((0, import_chunk_VQVNX2VT.createChannelAgent)(() => (0, import_chunk_VQVNX2VT.openTlsChannel)(options)));
  try {
    await client.initialize(INITIALIZE_TIMEOUT_MS);
  } catch (error) {
    throw await client.close(), error;
  }
  return { client, close: () => client.close() };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LeanMcpClient,
  McpError,
  PROTOCOL_VERSION,
  connectLean
});
