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
  DEFAULT_MAX_REQUEST_BYTES: () => DEFAULT_MAX_REQUEST_BYTES,
  MAX_REQUEST_CEILING: () => MAX_REQUEST_CEILING,
  formatBytes: () => formatBytes,
  readJsonBody: () => readJsonBody,
  sendJsonRpcError: () => sendJsonRpcError
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
function sendJsonRpcError(res, status, code, message, headers = {}, extra = {}) {
  let error = extra.data === void 0 ? { code, message } : { code, message, data: extra.data }, body = JSON.stringify({ jsonrpc: "2.0", error, id: extra.id ?? null });
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    ...headers
  }), res.end(body);
}
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
var startsLiteral = (byte) => byte === 45 || byte >= 48 && byte <= 57 || byte === 116 || byte === 102 || byte === 110, inLiteral = (byte) => startsLiteral(byte) || byte === 43 || byte === 46 || byte >= 97 && byte <= 122 || byte === 69, RequestScanner = class {
  depth = 0;
  /** the top-level value is an object */
  topIsObject = !1;
  /** the depth-2 container is an object, the value of the top-level "params" */
  inParams = !1;
  /** the next string at this depth is a key */
  expectKey = !1;
  inString = !1;
  escaped = !1;
  topKey;
  paramsKey;
  /** what the value after the last colon is wanted as */
  wanted;
  capture;
  found = {};
  /** nothing more can be found: a batch, or the end of the top-level value */
  done = !1;
  push(chunk) {
    let n = chunk.length, i = 0;
    for (; i < n && !this.done; ) {
      if (this.inString && !this.capture) {
        if (this.escaped) {
          this.escaped = !1, i++;
          continue;
        }
        for (; ; ) {
          let byte = chunk[i];
          if (byte === 34) {
            this.inString = !1, i++;
            break;
          }
          if (i += byte === 92 ? 2 : 1, i >= n) {
            this.escaped = i > n;
            return;
          }
        }
        continue;
      }
      let floor = this.inParams ? 2 : 1;
      if (!this.inString && !this.capture && this.depth > floor) {
        let depth = this.depth;
        for (; i < n; i++) {
          let byte = chunk[i];
          if (byte === 34) break;
          if (byte === 123 || byte === 91) depth++;
          else if (byte === 125 || byte === 93) {
            if (depth === floor + 1) break;
            depth--;
          }
        }
        if (this.depth = depth, i === n) return;
      }
      this.step(chunk[i]), i++;
    }
  }
  result() {
    return { ...this.found };
  }
  step(byte) {
    if (this.inString) {
      this.keep(byte), this.escaped ? this.escaped = !1 : byte === 92 ? this.escaped = !0 : byte === 34 && (this.inString = !1, this.capture && this.finish());
      return;
    }
    if (this.capture) {
      if (inLiteral(byte)) {
        this.keep(byte);
        return;
      }
      this.finish();
    }
    switch (byte) {
      case 34: {
        this.inString = !0;
        let target;
        this.expectKey && this.keyWanted() ? (target = "key", this.depth === 1 ? this.topKey = void 0 : this.paramsKey = void 0) : this.expectKey || (target = this.wanted), this.wanted = void 0, target && (this.capture = { target, bytes: [byte], string: !0 });
        return;
      }
      case 58:
        this.expectKey = !1, this.wanted = this.depth === 1 && this.topIsObject && (this.topKey === "id" || this.topKey === "method") ? this.topKey : this.depth === 2 && this.inParams && this.paramsKey === "name" ? "tool" : void 0;
        return;
      case 44:
        this.wanted = void 0, this.expectKey = this.depth === 1 ? this.topIsObject : this.depth === 2 && this.inParams;
        return;
      case 123:
      case 91: {
        let object = byte === 123;
        this.wanted = void 0, this.depth++, this.depth === 1 ? (this.topIsObject = object, object || (this.found.batch = !0, this.done = !0)) : this.depth === 2 && (this.inParams = object && this.topKey === "params", this.paramsKey = void 0), this.expectKey = object;
        return;
      }
      case 125:
      case 93:
        this.wanted = void 0, this.expectKey = !1, this.depth--, this.depth < 2 && (this.inParams = !1), this.depth === 0 && (this.done = !0);
        return;
      default:
        this.wanted && startsLiteral(byte) && (this.capture = { target: this.wanted, bytes: [byte], string: !1 }, this.wanted = void 0);
    }
  }
  /** whether a key at this depth is one to know: the top level's, and those of params */
  keyWanted() {
    return this.depth === 1 && this.topIsObject || this.depth === 2 && this.inParams;
  }
  keep(byte) {
    this.capture && (this.capture.bytes.length >= 256 ? this.capture = void 0 : this.capture.bytes.push(byte));
  }
  finish() {
    let capture = this.capture;
    if (this.capture = void 0, !capture) return;
    let value;
    try {
      value = JSON.parse(Buffer.from(capture.bytes).toString("utf8"));
    } catch {
      return;
    }
    switch (capture.target) {
      case "key":
        if (typeof value != "string") return;
        this.depth === 1 ? this.topKey = value : this.paramsKey = value;
        return;
      case "id":
        (typeof value == "string" || typeof value == "number" && Number.isFinite(value)) && (this.found.id = value);
        return;
      case "method":
        typeof value == "string" && (this.found.method = value);
        return;
      case "tool":
        typeof value == "string" && (this.found.tool = value);
        return;
    }
  }
}, MiB = 1024 * 1024, DEFAULT_MAX_REQUEST_BYTES = 4 * MiB, MAX_REQUEST_CEILING = 64 * MiB, SERVER_MAX_BODY_BYTES = MAX_REQUEST_CEILING + MiB, MIN_DISCARD_BYTES = 64 * MiB;
function readBody(req, limit, discard) {
  return new Promise((resolve) => {
    let chunks = [], received = 0, scanner;
    req.on("data", (chunk) => {
      if (received += chunk.length, received <= limit) {
        chunks.push(chunk);
        return;
      }
      if (!scanner) {
        scanner = new RequestScanner();
        for (let kept of chunks) scanner.push(kept);
        chunks = [];
      }
      if (scanner.push(chunk), received > discard) {
        let scanned = scanner.result();
        req.destroy(), resolve({ kind: "too-large", received, complete: !1, scanned });
      }
    }), req.on(
      "end",
      () => resolve(
        scanner ? { kind: "too-large", received, complete: !0, scanned: scanner.result() } : { kind: "ok", data: Buffer.concat(chunks) }
      )
    ), req.on("error", () => resolve({ kind: "aborted" })), req.on("close", () => resolve({ kind: "aborted" }));
  });
}
function formatBytes(bytes) {
  return bytes >= MiB ? `${Number((bytes / MiB).toFixed(1))} MiB` : bytes >= 1024 ? `${Number((bytes / 1024).toFixed(1))} KiB` : `${bytes} bytes`;
}
var defaultMessage = (request) => `Request body too large: ${request.complete ? "" : "over "}${request.bytes} bytes, the limit is ${request.limit} bytes`;
async function readJsonBody(req, res, limit) {
  let discard = Math.max(MIN_DISCARD_BYTES, 2 * limit.bytes), refuse = (request, headers = {}) => {
    if (limit.onRefused?.(request, req), res.destroyed || !res.socket || res.socket.destroyed) return;
    let message = (limit.message ?? defaultMessage)(request), data = { request_bytes: request.bytes, limit_bytes: request.limit };
    request.id !== void 0 ? sendJsonRpcError(res, 200, -32004, message, headers, { id: request.id, data }) : sendJsonRpcError(res, 413, -32004, message, headers, { data });
  }, declared = Number(req.headers["content-length"]);
  if (declared > discard)
    return refuse({ bytes: declared, complete: !1, limit: limit.bytes }, { connection: "close" }), { ok: !1 };
  let body = await readBody(req, limit.bytes, discard);
  if (body.kind === "aborted") return { ok: !1 };
  if (body.kind === "too-large")
    return refuse({ ...body.scanned, bytes: body.received, complete: body.complete, limit: limit.bytes }), { ok: !1 };
  try {
    return { ok: !0, value: JSON.parse(body.data.toString("utf8")) };
  } catch (error) {
    return sendJsonRpcError(res, 400, -32700, `Parse error: ${error.message}`), { ok: !1 };
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_MAX_REQUEST_BYTES,
  MAX_REQUEST_CEILING,
  formatBytes,
  readJsonBody,
  sendJsonRpcError
});
