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
  newToken: () => newToken,
  startProxy: () => startProxy
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_32SFTRRZ = require("./chunk-32SFTRRZ.js"), import_chunk_EACGRETR = require("./chunk-EACGRETR.js"), import_chunk_QIJFTTHX = require("./chunk-QIJFTTHX.js"), import_chunk_J34AVT42 = require("./chunk-J34AVT42.js"), import_chunk_RXVTIGQ6 = require("./chunk-RXVTIGQ6.js"), import_chunk_BQUIEBUU = require("./chunk-BQUIEBUU.js"), import_chunk_AO5665RP = require("./chunk-AO5665RP.js"), import_chunk_XN3HXDLK = require("./chunk-XN3HXDLK.js"), import_chunk_L35A4DH3 = require("./chunk-L35A4DH3.js"), import_chunk_CLN36EFS = require("./chunk-CLN36EFS.js"), import_chunk_TKZAGHXL = require("./chunk-TKZAGHXL.js"), import_chunk_A4M7HLL7 = require("./chunk-A4M7HLL7.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_crypto = require("node:crypto"), import_node_http = __toESM(require("node:http")), import_node_crypto2 = require("node:crypto");
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
function requestBodyTooLargeMessage(maxBytes) {
  return `Payload Too Large: Request body must not exceed ${maxBytes} bytes`;
}
function resolveMaxRequestBodySize(value) {
  if (value === void 0)
    return 4194304;
  if (typeof value != "number" || !Number.isFinite(value) || value <= 0)
    throw new RangeError(`maxRequestBodySize must be a positive number of bytes, got ${String(value)}`);
  return value;
}
async function readRequestBody(request, maxBytes = 4194304) {
  if (Number(request.headers.get("content-length")) > maxBytes)
    return { tooLarge: !0 };
  if (request.body === null)
    return { tooLarge: !1, text: "" };
  let reader = request.body.getReader(), decoder = new TextDecoder(), received = 0, text = "";
  try {
    for (; ; ) {
      let { done, value } = await reader.read();
      if (done)
        break;
      if (received += value.byteLength, received > maxBytes)
        return { tooLarge: !0 };
      text += decoder.decode(value, { stream: !0 });
    }
  } finally {
    reader.releaseLock();
  }
  return { tooLarge: !1, text: text + decoder.decode() };
}
(0, import_chunk_WE6FURZE.init_web_globals)();
function armSseKeepAlive(intervalMs, onTick) {
  if (!Number.isFinite(intervalMs) || intervalMs < 1)
    return;
  let timer = setInterval(onTick, Math.min(intervalMs, 2147483647));
  return timer.unref?.(), timer;
}
var WebStandardStreamableHTTPServerTransport = class {
  constructor(options = {}) {
    this._started = !1, this._hasHandledRequest = !1, this._streamMapping = /* @__PURE__ */ new Map(), this._requestToStreamMapping = /* @__PURE__ */ new Map(), this._resumableStreams = /* @__PURE__ */ new Set(), this._requestResponseMap = /* @__PURE__ */ new Map(), this._initialized = !1, this._enableJsonResponse = !1, this._standaloneSseStreamId = "_GET_stream", this._closed = !1, this.sessionIdGenerator = options.sessionIdGenerator, this._enableJsonResponse = options.enableJsonResponse ?? !1, this._eventStore = options.eventStore, this._onsessioninitialized = options.onsessioninitialized, this._onsessionclosed = options.onsessionclosed, this._allowedHosts = options.allowedHosts, this._allowedOrigins = options.allowedOrigins, this._enableDnsRebindingProtection = options.enableDnsRebindingProtection ?? !1, this._retryInterval = options.retryInterval, this._keepAliveMs = options.keepAliveMs ?? 15e3, this._maxRequestBodySize = resolveMaxRequestBodySize(options.maxRequestBodySize);
  }
  /**
   * Arms a keep-alive interval for an SSE stream that periodically writes an SSE
   * comment frame so intermediaries and idle timeouts don't kill the connection.
   * The returned timer is owned by the stream it was armed for: the stream's
   * cancel/cleanup callbacks must clear it. The interval clears itself if a
   * write fails (stream already closed/cancelled).
   */
  startKeepAlive(controller, encoder) {
    if (this._closed)
      return;
    let timer = armSseKeepAlive(this._keepAliveMs, () => {
      try {
        controller.enqueue(encoder.encode(`: keepalive

`));
      } catch {
        timer !== void 0 && clearInterval(timer);
      }
    });
    return timer;
  }
  /**
   * Starts the transport. This is required by the Transport interface but is a no-op
   * for the Streamable HTTP transport as connections are managed per-request.
   */
  async start() {
    if (this._started)
      throw new Error("Transport already started");
    this._started = !0;
  }
  /**
   * Helper to create a JSON error response
   */
  createJsonErrorResponse(status, code, message, options) {
    let error = { code, message };
    return options?.data !== void 0 && (error.data = options.data), new import_chunk_WE6FURZE.LightResponse(JSON.stringify({
      jsonrpc: "2.0",
      error,
      id: null
    }), {
      status,
      headers: {
        "Content-Type": "application/json",
        ...options?.headers
      }
    });
  }
  /**
   * Validates request headers for DNS rebinding protection.
   * @returns Error response if validation fails, undefined if validation passes.
   */
  validateRequestHeaders(req) {
    if (this._enableDnsRebindingProtection) {
      if (this._allowedHosts && this._allowedHosts.length > 0) {
        let hostHeader = req.headers.get("host");
        if (!hostHeader || !this._allowedHosts.includes(hostHeader)) {
          let error = `Invalid Host header: ${hostHeader}`;
          return this.onerror?.(new Error(error)), this.createJsonErrorResponse(403, -32e3, error);
        }
      }
      if (this._allowedOrigins && this._allowedOrigins.length > 0) {
        let originHeader = req.headers.get("origin");
        if (originHeader && !this._allowedOrigins.includes(originHeader)) {
          let error = `Invalid Origin header: ${originHeader}`;
          return this.onerror?.(new Error(error)), this.createJsonErrorResponse(403, -32e3, error);
        }
      }
    }
  }
  /**
   * Handles an incoming HTTP request, whether GET, POST, or DELETE
   * Returns a Response object (Web Standard)
   */
  async handleRequest(req, options) {
    if (this._closed)
      return this.createJsonErrorResponse(404, -32001, "Session not found");
    if (!this.sessionIdGenerator && this._hasHandledRequest)
      throw new Error("Stateless transport cannot be reused across requests. Create a new transport per request.");
    this._hasHandledRequest = !0;
    let validationError = this.validateRequestHeaders(req);
    if (validationError)
      return validationError;
    switch (req.method) {
      case "POST":
        return this.handlePostRequest(req, options);
      case "GET":
        return this.handleGetRequest(req);
      case "DELETE":
        return this.handleDeleteRequest(req);
      default:
        return this.handleUnsupportedRequest();
    }
  }
  /**
   * Writes a priming event to establish resumption capability.
   * Only sends if eventStore is configured (opt-in for resumability) and
   * the client's protocol version supports empty SSE data (>= 2025-11-25).
   */
  async writePrimingEvent(controller, encoder, streamId, protocolVersion) {
    if (!this._eventStore || protocolVersion < "2025-11-25")
      return;
    let primingEventId = await this._eventStore.storeEvent(streamId, {}), primingEvent = `id: ${primingEventId}
data: 

`;
    this._retryInterval !== void 0 && (primingEvent = `id: ${primingEventId}
retry: ${this._retryInterval}
data: 

`), controller.enqueue(encoder.encode(primingEvent)), this._resumableStreams.add(streamId);
  }
  /**
   * Handles GET requests for SSE stream
   */
  async handleGetRequest(req) {
    if (!req.headers.get("accept")?.includes("text/event-stream"))
      return this.onerror?.(new Error("Not Acceptable: Client must accept text/event-stream")), this.createJsonErrorResponse(406, -32e3, "Not Acceptable: Client must accept text/event-stream");
    let sessionError = this.validateSession(req);
    if (sessionError)
      return sessionError;
    let protocolError = this.validateProtocolVersion(req);
    if (protocolError)
      return protocolError;
    if (this._eventStore) {
      let lastEventId = req.headers.get("last-event-id");
      if (lastEventId)
        return this.replayEvents(lastEventId);
    }
    if (this._streamMapping.get(this._standaloneSseStreamId) !== void 0)
      return this.onerror?.(new Error("Conflict: Only one SSE stream is allowed per session")), this.createJsonErrorResponse(409, -32e3, "Conflict: Only one SSE stream is allowed per session");
    let encoder = new TextEncoder(), streamController, keepAliveTimer, readable = new ReadableStream({
      start: (controller) => {
        streamController = controller;
      },
      cancel: () => {
        keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.get(this._standaloneSseStreamId)?.controller === streamController && this._streamMapping.delete(this._standaloneSseStreamId);
      }
    }), headers = {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no"
    };
    return this.sessionId !== void 0 && (headers["mcp-session-id"] = this.sessionId), this._streamMapping.set(this._standaloneSseStreamId, {
      controller: streamController,
      encoder,
      cleanup: () => {
        keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.delete(this._standaloneSseStreamId);
        try {
          streamController.close();
        } catch {
        }
      }
    }), keepAliveTimer = this.startKeepAlive(streamController, encoder), new import_chunk_WE6FURZE.LightResponse(readable, { headers });
  }
  /**
   * Replays events that would have been sent after the specified event ID
   * Only used when resumability is enabled
   */
  async replayEvents(lastEventId) {
    if (!this._eventStore)
      return this.onerror?.(new Error("Event store not configured")), this.createJsonErrorResponse(400, -32e3, "Event store not configured");
    try {
      let streamId;
      if (this._eventStore.getStreamIdForEventId) {
        if (streamId = await this._eventStore.getStreamIdForEventId(lastEventId), !streamId)
          return this.onerror?.(new Error("Invalid event ID format")), this.createJsonErrorResponse(400, -32e3, "Invalid event ID format");
        if (this._streamMapping.get(streamId) !== void 0)
          return this.onerror?.(new Error("Conflict: Stream already has an active connection")), this.createJsonErrorResponse(409, -32e3, "Conflict: Stream already has an active connection");
      }
      let headers = {
        "Content-Type": "text/event-stream",
        "Cache-Control": "no-cache, no-transform",
        Connection: "keep-alive",
        "X-Accel-Buffering": "no"
      };
      this.sessionId !== void 0 && (headers["mcp-session-id"] = this.sessionId);
      let encoder = new TextEncoder(), streamController, keepAliveTimer, replayedStreamId, cancelled = !1, readable = new ReadableStream({
        start: (controller) => {
          streamController = controller;
        },
        cancel: () => {
          cancelled = !0, keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), replayedStreamId !== void 0 && this._streamMapping.get(replayedStreamId)?.controller === streamController && this._streamMapping.delete(replayedStreamId);
        }
      }), replayedEventIds = /* @__PURE__ */ new Set();
      if (replayedStreamId = await this._eventStore.replayEventsAfter(lastEventId, {
        send: async (eventId, message) => {
          if (this.writeSSEEvent(streamController, encoder, message, eventId))
            replayedEventIds.add(eventId);
          else {
            this.onerror?.(new Error("Failed replay events"));
            try {
              streamController.close();
            } catch {
            }
          }
        }
      }), this._closed || cancelled) {
        try {
          streamController.close();
        } catch {
        }
        return this.createJsonErrorResponse(404, -32001, "Session not found");
      }
      return this._streamMapping.get(replayedStreamId)?.cleanup(), this._streamMapping.set(replayedStreamId, {
        controller: streamController,
        encoder,
        replayedEventIds,
        cleanup: () => {
          keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.delete(replayedStreamId);
          try {
            streamController.close();
          } catch {
          }
        }
      }), this._resumableStreams.add(replayedStreamId), keepAliveTimer = this.startKeepAlive(streamController, encoder), new import_chunk_WE6FURZE.LightResponse(readable, { headers });
    } catch (error) {
      return this.onerror?.(error), this.createJsonErrorResponse(500, -32e3, "Error replaying events");
    }
  }
  /**
   * Writes an event to an SSE stream via controller with proper formatting
   */
  writeSSEEvent(controller, encoder, message, eventId) {
    try {
      let eventData = `event: message
`;
      return eventId && (eventData += `id: ${eventId}
`), eventData += `data: ${JSON.stringify(message)}

`, controller.enqueue(encoder.encode(eventData)), !0;
    } catch (error) {
      return this.onerror?.(error), !1;
    }
  }
  /**
   * Handles unsupported requests (PUT, PATCH, etc.)
   */
  handleUnsupportedRequest() {
    return this.onerror?.(new Error("Method not allowed.")), new import_chunk_WE6FURZE.LightResponse(JSON.stringify({
      jsonrpc: "2.0",
      error: {
        code: -32e3,
        message: "Method not allowed."
      },
      id: null
    }), {
      status: 405,
      headers: {
        Allow: "GET, POST, DELETE",
        "Content-Type": "application/json"
      }
    });
  }
  /**
   * Handles POST requests containing JSON-RPC messages
   */
  async handlePostRequest(req, options) {
    try {
      let acceptHeader = req.headers.get("accept");
      if (!acceptHeader?.includes("application/json") || !acceptHeader.includes("text/event-stream"))
        return this.onerror?.(new Error("Not Acceptable: Client must accept both application/json and text/event-stream")), this.createJsonErrorResponse(406, -32e3, "Not Acceptable: Client must accept both application/json and text/event-stream");
      let ct = req.headers.get("content-type");
      if (!(0, import_chunk_J34AVT42.isJsonContentType)(ct))
        return this.onerror?.(new Error("Unsupported Media Type: Content-Type must be application/json")), this.createJsonErrorResponse(415, -32e3, "Unsupported Media Type: Content-Type must be application/json");
      let requestInfo = {
        headers: Object.fromEntries(req.headers.entries()),
        url: new URL(req.url)
      }, rawMessage;
      if (options?.parsedBody !== void 0)
        rawMessage = options.parsedBody;
      else
        try {
          let body = await readRequestBody(req, this._maxRequestBodySize);
          if (body.tooLarge) {
            let message = requestBodyTooLargeMessage(this._maxRequestBodySize);
            return this.onerror?.(new Error(message)), this.createJsonErrorResponse(413, -32e3, message);
          }
          rawMessage = JSON.parse(body.text);
        } catch {
          return this.onerror?.(new Error("Parse error: Invalid JSON")), this.createJsonErrorResponse(400, -32700, "Parse error: Invalid JSON");
        }
      if (Array.isArray(rawMessage) && rawMessage.length > 100)
        return this.onerror?.(new Error("Invalid Request: Batch must not exceed 100 messages")), this.createJsonErrorResponse(400, -32600, "Invalid Request: Batch must not exceed 100 messages");
      let messages;
      try {
        Array.isArray(rawMessage) ? messages = rawMessage.map((msg) => import_chunk_BQUIEBUU.JSONRPCMessageSchema.parse(msg)) : messages = [import_chunk_BQUIEBUU.JSONRPCMessageSchema.parse(rawMessage)];
      } catch {
        return this.onerror?.(new Error("Parse error: Invalid JSON-RPC message")), this.createJsonErrorResponse(400, -32700, "Parse error: Invalid JSON-RPC message");
      }
      if (this._closed)
        return this.createJsonErrorResponse(404, -32001, "Session not found");
      let isInitializationRequest = messages.some(import_chunk_BQUIEBUU.isInitializeRequest);
      if (isInitializationRequest) {
        if (this._initialized && this.sessionId !== void 0)
          return this.onerror?.(new Error("Invalid Request: Server already initialized")), this.createJsonErrorResponse(400, -32600, "Invalid Request: Server already initialized");
        if (messages.length > 1)
          return this.onerror?.(new Error("Invalid Request: Only one initialization request is allowed")), this.createJsonErrorResponse(400, -32600, "Invalid Request: Only one initialization request is allowed");
        this.sessionId = this.sessionIdGenerator?.(), this._initialized = !0, this.sessionId && this._onsessioninitialized && await Promise.resolve(this._onsessioninitialized(this.sessionId));
      }
      if (!isInitializationRequest) {
        let sessionError = this.validateSession(req);
        if (sessionError)
          return sessionError;
        let protocolError = this.validateProtocolVersion(req);
        if (protocolError)
          return protocolError;
      }
      if (this._closed)
        return this.createJsonErrorResponse(404, -32001, "Session not found");
      if (!messages.some(import_chunk_BQUIEBUU.isJSONRPCRequest)) {
        for (let message of messages)
          this.onmessage?.(message, { authInfo: options?.authInfo, requestInfo });
        return new import_chunk_WE6FURZE.LightResponse(null, { status: 202 });
      }
      let streamId = crypto.randomUUID(), initRequest = messages.find((m) => (0, import_chunk_BQUIEBUU.isInitializeRequest)(m)), clientProtocolVersion = initRequest ? initRequest.params.protocolVersion : req.headers.get("mcp-protocol-version") ?? import_chunk_BQUIEBUU.DEFAULT_NEGOTIATED_PROTOCOL_VERSION;
      if (this._enableJsonResponse)
        return new Promise((resolve) => {
          this._streamMapping.set(streamId, {
            resolveJson: resolve,
            cleanup: () => {
              this._streamMapping.delete(streamId);
            }
          });
          for (let message of messages)
            (0, import_chunk_BQUIEBUU.isJSONRPCRequest)(message) && this._requestToStreamMapping.set(message.id, streamId);
          for (let message of messages)
            this.onmessage?.(message, { authInfo: options?.authInfo, requestInfo });
        });
      let encoder = new TextEncoder(), streamController, keepAliveTimer, readable = new ReadableStream({
        start: (controller) => {
          streamController = controller;
        },
        cancel: () => {
          keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.get(streamId)?.controller === streamController && this._streamMapping.delete(streamId);
        }
      }), headers = {
        "Content-Type": "text/event-stream",
        "Cache-Control": "no-cache, no-transform",
        Connection: "keep-alive",
        "X-Accel-Buffering": "no"
      };
      this.sessionId !== void 0 && (headers["mcp-session-id"] = this.sessionId);
      for (let message of messages)
        (0, import_chunk_BQUIEBUU.isJSONRPCRequest)(message) && (this._streamMapping.set(streamId, {
          controller: streamController,
          encoder,
          cleanup: () => {
            keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.delete(streamId);
            try {
              streamController.close();
            } catch {
            }
          }
        }), this._requestToStreamMapping.set(message.id, streamId));
      try {
        await this.writePrimingEvent(streamController, encoder, streamId, clientProtocolVersion);
        for (let message of messages) {
          let closeSSEStream, closeStandaloneSSEStream;
          (0, import_chunk_BQUIEBUU.isJSONRPCRequest)(message) && this._eventStore && clientProtocolVersion >= "2025-11-25" && (closeSSEStream = () => {
            this.closeSSEStream(message.id);
          }, closeStandaloneSSEStream = () => {
            this.closeStandaloneSSEStream();
          }), this.onmessage?.(message, { authInfo: options?.authInfo, requestInfo, closeSSEStream, closeStandaloneSSEStream });
        }
      } catch (error) {
        this._streamMapping.get(streamId)?.cleanup(), this._resumableStreams.delete(streamId);
        for (let message of messages)
          (0, import_chunk_BQUIEBUU.isJSONRPCRequest)(message) && this._requestToStreamMapping.delete(message.id);
        throw error;
      }
      return this._streamMapping.get(streamId)?.controller === streamController && (keepAliveTimer = this.startKeepAlive(streamController, encoder)), new import_chunk_WE6FURZE.LightResponse(readable, { status: 200, headers });
    } catch (error) {
      return this.onerror?.(error), this.createJsonErrorResponse(400, -32700, "Parse error", { data: String(error) });
    }
  }
  /**
   * Handles DELETE requests to terminate sessions
   */
  async handleDeleteRequest(req) {
    let sessionError = this.validateSession(req);
    if (sessionError)
      return sessionError;
    let protocolError = this.validateProtocolVersion(req);
    if (protocolError)
      return protocolError;
    try {
      return await Promise.resolve(this._onsessionclosed?.(this.sessionId)), new import_chunk_WE6FURZE.LightResponse(null, { status: 200 });
    } finally {
      await this.close();
    }
  }
  /**
   * Validates session ID for non-initialization requests.
   * Returns Response error if invalid, undefined otherwise
   */
  validateSession(req) {
    if (this.sessionIdGenerator === void 0)
      return;
    if (!this._initialized)
      return this.onerror?.(new Error("Bad Request: Server not initialized")), this.createJsonErrorResponse(400, -32e3, "Bad Request: Server not initialized");
    let sessionId = req.headers.get("mcp-session-id");
    if (!sessionId)
      return this.onerror?.(new Error("Bad Request: Mcp-Session-Id header is required")), this.createJsonErrorResponse(400, -32e3, "Bad Request: Mcp-Session-Id header is required");
    if (sessionId !== this.sessionId)
      return this.onerror?.(new Error("Session not found")), this.createJsonErrorResponse(404, -32001, "Session not found");
  }
  /**
   * Validates the MCP-Protocol-Version header on incoming requests.
   *
   * For initialization: Version negotiation handles unknown versions gracefully
   * (server responds with its supported version).
   *
   * For subsequent requests with MCP-Protocol-Version header:
   * - Accept if in supported list
   * - 400 if unsupported
   *
   * For HTTP requests without the MCP-Protocol-Version header:
   * - Accept and default to the version negotiated at initialization
   */
  validateProtocolVersion(req) {
    let protocolVersion = req.headers.get("mcp-protocol-version");
    if (protocolVersion !== null && !import_chunk_BQUIEBUU.SUPPORTED_PROTOCOL_VERSIONS.includes(protocolVersion))
      return this.onerror?.(new Error(`Bad Request: Unsupported protocol version: ${protocolVersion} (supported versions: ${import_chunk_BQUIEBUU.SUPPORTED_PROTOCOL_VERSIONS.join(", ")})`)), this.createJsonErrorResponse(400, -32e3, `Bad Request: Unsupported protocol version: ${protocolVersion} (supported versions: ${import_chunk_BQUIEBUU.SUPPORTED_PROTOCOL_VERSIONS.join(", ")})`);
  }
  async close() {
    this._closed || (this._closed = !0, this._streamMapping.forEach(({ cleanup }) => {
      cleanup();
    }), this._streamMapping.clear(), this._requestResponseMap.clear(), this._resumableStreams.clear(), this.onclose?.());
  }
  /**
   * Close an SSE stream for a specific request, triggering client reconnection.
   * Use this to implement polling behavior during long-running operations -
   * client will reconnect after the retry interval specified in the priming event.
   */
  closeSSEStream(requestId) {
    let streamId = this._requestToStreamMapping.get(requestId);
    if (!streamId)
      return;
    let stream = this._streamMapping.get(streamId);
    stream && stream.cleanup();
  }
  /**
   * Close the standalone GET SSE stream, triggering client reconnection.
   * Use this to implement polling behavior for server-initiated notifications.
   */
  closeStandaloneSSEStream() {
    let stream = this._streamMapping.get(this._standaloneSseStreamId);
    stream && stream.cleanup();
  }
  async send(message, options) {
    let requestId = options?.relatedRequestId;
    if (((0, import_chunk_BQUIEBUU.isJSONRPCResultResponse)(message) || (0, import_chunk_BQUIEBUU.isJSONRPCErrorResponse)(message)) && (requestId = message.id), requestId === void 0) {
      if ((0, import_chunk_BQUIEBUU.isJSONRPCResultResponse)(message) || (0, import_chunk_BQUIEBUU.isJSONRPCErrorResponse)(message))
        throw new Error("Cannot send a response on a standalone SSE stream unless resuming a previous client request");
      let eventId;
      this._eventStore && (eventId = await this._eventStore.storeEvent(this._standaloneSseStreamId, message));
      let standaloneSse = this._streamMapping.get(this._standaloneSseStreamId);
      if (standaloneSse === void 0)
        return;
      standaloneSse.controller && standaloneSse.encoder && (eventId === void 0 || !standaloneSse.replayedEventIds?.has(eventId)) && this.writeSSEEvent(standaloneSse.controller, standaloneSse.encoder, message, eventId);
      return;
    }
    let streamId = this._requestToStreamMapping.get(requestId);
    if (!streamId)
      throw new Error(`No connection established for request ID: ${String(requestId)}`);
    let stream = this._streamMapping.get(streamId);
    if (!this._enableJsonResponse) {
      let eventId;
      this._eventStore && (eventId = await this._eventStore.storeEvent(streamId, message), stream = this._streamMapping.get(streamId)), stream?.controller && stream?.encoder && (eventId === void 0 || !stream.replayedEventIds?.has(eventId)) && this.writeSSEEvent(stream.controller, stream.encoder, message, eventId) && eventId !== void 0 && this._resumableStreams.add(streamId);
    }
    if ((0, import_chunk_BQUIEBUU.isJSONRPCResultResponse)(message) || (0, import_chunk_BQUIEBUU.isJSONRPCErrorResponse)(message)) {
      this._requestResponseMap.set(requestId, message);
      let relatedIds = Array.from(this._requestToStreamMapping.entries()).filter(([_, sid]) => sid === streamId).map(([id]) => id);
      if (relatedIds.every((id) => this._requestResponseMap.has(id))) {
        if (!stream) {
          if (this._closed) {
            for (let id of relatedIds)
              this._requestResponseMap.delete(id), this._requestToStreamMapping.delete(id);
            return;
          }
          if (!this._enableJsonResponse && this._eventStore && this._resumableStreams.has(streamId)) {
            for (let id of relatedIds)
              this._requestResponseMap.delete(id), this._requestToStreamMapping.delete(id);
            this._resumableStreams.delete(streamId);
            return;
          }
          for (let id of relatedIds)
            this._requestResponseMap.delete(id), this._requestToStreamMapping.delete(id);
          throw new Error(`No connection established for request ID: ${String(requestId)}`);
        }
        if (this._enableJsonResponse && stream.resolveJson) {
          let headers = {
            "Content-Type": "application/json"
          };
          this.sessionId !== void 0 && (headers["mcp-session-id"] = this.sessionId);
          let responses = relatedIds.map((id) => this._requestResponseMap.get(id));
          responses.length === 1 ? stream.resolveJson(new import_chunk_WE6FURZE.LightResponse(JSON.stringify(responses[0]), { status: 200, headers })) : stream.resolveJson(new import_chunk_WE6FURZE.LightResponse(JSON.stringify(responses), { status: 200, headers }));
        } else
          stream.cleanup();
        for (let id of relatedIds)
          this._requestResponseMap.delete(id), this._requestToStreamMapping.delete(id);
        this._resumableStreams.delete(streamId);
      }
    }
  }
};
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_light_web)();
function toWebRequest(req, url) {
  return {
    method: req.method ?? "GET",
    url: url.href,
    headers: new import_chunk_WE6FURZE.LightHeaders(req.headers)
  };
}
function drained(res) {
  return new Promise((resolve) => {
    let done = () => {
      res.off("drain", done), res.off("close", done), resolve();
    };
    res.on("drain", done), res.on("close", done);
  });
}
async function writeWebResponse(webResponse, res) {
  let headers = {};
  if (webResponse.headers.forEach((value, name) => {
    headers[name] = value;
  }), res.writeHead(webResponse.status, headers), !webResponse.body) {
    res.end();
    return;
  }
  res.flushHeaders();
  let reader = webResponse.body.getReader();
  for (res.on("close", () => {
    res.writableFinished || reader.cancel().catch(() => {
    });
  }); ; ) {
    let { done, value } = await reader.read();
    if (done || res.destroyed) break;
    res.write(value) || await drained(res);
  }
  res.end();
}
function containsInitialize(body, isInitialize) {
  return isInitialize(body) || Array.isArray(body) && body.some(isInitialize);
}
async function routeToSession(req, res, url, routes) {
  let method = req.method ?? "GET";
  if (method !== "POST" && method !== "GET" && method !== "DELETE") {
    (0, import_chunk_L35A4DH3.sendJsonRpcError)(res, 405, -32e3, `Method not allowed: ${method}`, { allow: "GET, POST, DELETE" });
    return;
  }
  let parsedBody;
  if (method === "POST") {
    let body = await (0, import_chunk_L35A4DH3.readJsonBody)(req, res, routes.bodyLimit);
    if (!body.ok) return;
    if (parsedBody = body.value, Array.isArray(parsedBody) && parsedBody.length === 0) {
      (0, import_chunk_L35A4DH3.sendJsonRpcError)(res, 400, -32600, "Invalid Request: an empty batch");
      return;
    }
  }
  let sessionId = req.headers["mcp-session-id"], transport;
  if (typeof sessionId == "string") {
    if (transport = routes.sessions.get(sessionId), !transport) {
      (0, import_chunk_L35A4DH3.sendJsonRpcError)(res, 404, -32001, "Session not found");
      return;
    }
  } else method === "POST" && (transport = await routes.newSession(parsedBody));
  if (!transport) {
    (0, import_chunk_L35A4DH3.sendJsonRpcError)(
      res,
      400,
      -32e3,
      "Bad Request: no mcp-session-id header, and the request is not initialize"
    );
    return;
  }
  let webResponse = await transport.handleRequest(toWebRequest(req, url), { parsedBody });
  await writeWebResponse(webResponse, res);
}
(0, import_chunk_WE6FURZE.init_web_globals)();
function watchIdle(idleMs, onIdle) {
  let timer, inFlight = 0, stopped = !1, disarm = () => {
    timer && clearTimeout(timer), timer = void 0;
  }, arm = () => {
    disarm(), !(stopped || inFlight > 0) && (timer = setTimeout(
      () => {
        timer = void 0, !(stopped || inFlight > 0) && (stopped = !0, onIdle());
      },
      Math.min(idleMs, 2147483647)
    ).unref());
  };
  return arm(), {
    busy() {
      inFlight++, disarm();
      let done = !1;
      return () => {
        done || (done = !0, inFlight--, arm());
      };
    },
    stop() {
      stopped = !0, disarm();
    }
  };
}
(0, import_chunk_WE6FURZE.init_web_globals)();
function loopbackChecker(port) {
  let hosts = /* @__PURE__ */ new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]), origins = /* @__PURE__ */ new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  return {
    hostAllowed: (host) => host !== void 0 && hosts.has(host.toLowerCase()),
    // Non-browser clients send no Origin; browsers always do on cross-origin requests.
    originAllowed: (origin) => origin === void 0 || origins.has(origin.toLowerCase())
  };
}
(0, import_chunk_WE6FURZE.init_web_globals)();
function newToken() {
  return (0, import_node_crypto2.randomBytes)(32).toString("base64url");
}
function bearerChecker(token) {
  if (token.length < 16) throw new Error("the proxy's bearer token must be at least 16 characters");
  let expected = (0, import_node_crypto2.createHash)("sha256").update(token).digest();
  return (authorization) => {
    let match = /^Bearer +(\S+) *$/i.exec(authorization ?? ""), presented = (0, import_node_crypto2.createHash)("sha256").update(match?.[1] ?? "").digest();
    return (0, import_node_crypto2.timingSafeEqual)(presented, expected) && match !== null;
  };
}
var LIST_TIMEOUT_MS = 3e4;
async function startProxy(options) {
  let { upstream, token } = options, tokenMatches = bearerChecker(token), policy = options.policy ?? (0, import_chunk_AO5665RP.shapesOnlyPolicy)();
  policy.redactor.addValue(token, "token"), options.audit?.redact(token);
  let log = (line) => options.log?.(`proxy: ${policy.redactor.text(line).replace(/\s*\n\s*/g, " ")}`), counts = { calls: 0, toolErrors: 0, denied: 0, rejected: 0, unreachable: 0 }, countCall = (outcome) => {
    counts.calls++, outcome === "tool-error" ? counts.toolErrors++ : outcome === "denied" ? counts.denied++ : outcome === "rejected" ? counts.rejected++ : outcome === "unreachable" && counts.unreachable++;
  }, sessions = /* @__PURE__ */ new Map(), logging = upstream.getServerCapabilities()?.logging !== void 0, rawInstructions = upstream.getInstructions(), shared = { acquire: async () => upstream, release: async () => {
  } }, openLease = options.lease ?? (async () => shared), holdings = /* @__PURE__ */ new Map(), calls = new import_chunk_EACGRETR.CallsInFlight(), toolList = await upstream.listTools(void 0, { timeout: LIST_TIMEOUT_MS }).then(
    (listed) => listed.nextCursor === void 0 ? listed : void 0,
    () => {
    }
  ), hook = (holding, client) => {
    if (holding.hooked?.upstream.client === client) return holding.hooked.upstream;
    holding.hooked?.unhook();
    let liveness = (0, import_chunk_QIJFTTHX.watchLiveness)(client, log);
    logging && client.setNotificationHandler(import_chunk_BQUIEBUU.LoggingMessageNotificationSchema, (notification) => {
      for (let id of holding.sessions)
        sessions.get(id)?.server.sendLoggingMessage(policy.redactor.value(notification.params), id).catch(() => {
        });
    });
    let current = { client, liveness };
    return holding.hooked = {
      upstream: current,
      unhook() {
        liveness.close(), logging && client.removeNotificationHandler("notifications/message");
      }
    }, current;
  }, leaveHolding = (holding, id) => {
    id && holding.sessions.delete(id), !(holding.sessions.size > 0 || holdings.get(holding.lease) !== holding) && (holdings.delete(holding.lease), holding.hooked?.unhook(), holding.lease.release().catch((error) => log(`releasing a sandbox: ${error?.message}`)));
  }, unhookAll = () => {
    for (let holding of holdings.values()) holding.hooked?.unhook();
  }, holdingOf = (session) => {
    if (session.leasing) return session.leasing;
    let leasing = (async () => {
      let lease;
      try {
        lease = await openLease();
      } catch (error) {
        let reason = `no sandbox for this session: ${policy.redactor.text(error?.message ?? String(error)).split(`
`)[0]}`;
        log(`session ${session.id ?? "(new)"}: ${reason}`);
        let { code, data } = error ?? {};
        throw typeof code == "number" ? new import_chunk_EACGRETR.NoSandboxError(code, reason, policy.redactor.value(data)) : new import_chunk_EACGRETR.NoSandboxError(import_chunk_BQUIEBUU.ErrorCode.InternalError, reason);
      }
      let holding = holdings.get(lease);
      holding || (holding = { lease, sessions: /* @__PURE__ */ new Set() }, holdings.set(lease, holding));
      let { id } = session;
      if (closed || id === void 0 || sessions.get(id) !== session)
        throw leaveHolding(holding, void 0), new Error("the session has ended");
      return holding.sessions.add(id), session.holding = holding, holding;
    })();
    return session.leasing = leasing, leasing.catch(() => {
      session.leasing === leasing && (session.leasing = void 0);
    }), leasing;
  }, idleMs = options.sessionIdleTimeoutMs, idleText = idleMs === void 0 ? "" : (0, import_chunk_XN3HXDLK.formatDuration)(idleMs), expire = (session) => {
    log(`session ${session.id} closed: no request for ${idleText} (session-idle-timeout)`), session.server.close().catch((error) => log(`closing session ${session.id}: ${error.message}`));
  }, closed = !1;
  async function newSession(parsedBody) {
    if (closed || !containsInitialize(parsedBody, import_chunk_BQUIEBUU.isInitializeRequest)) return;
    let transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: import_node_crypto.randomUUID,
      onsessioninitialized: (id) => {
        session.id = id, sessions.set(id, session), idleMs !== void 0 && (session.idle = watchIdle(idleMs, () => expire(session))), log(`session ${id} opened`);
      }
    });
    transport.onclose = () => {
      let id = transport.sessionId;
      session.idle?.stop(), id && sessions.get(id) === session && (sessions.delete(id), log(`session ${id} closed`)), session.holding && leaveHolding(session.holding, id);
    };
    let server = (0, import_chunk_32SFTRRZ.createRelayServer)({
      upstream: async () => {
        let holding = await holdingOf(session);
        return hook(holding, await holding.lease.acquire());
      },
      knownTools: (params) => session.holding || params?.cursor !== void 0 ? void 0 : toolList,
      busy: () => session.idle?.busy() ?? (() => {
      }),
      instructions: rawInstructions,
      runId: options.runId,
      audit: options.audit,
      defaultTimeoutMs: options.defaultTimeoutMs,
      stopping: calls,
      logging,
      policy,
      onCall: countCall
    });
    server.onerror = (error) => log(`session ${transport.sessionId ?? "(new)"}: ${error.message}`);
    let session = {
      server,
      handleRequest: (request, init) => transport.handleRequest(request, init)
    };
    return await server.connect(transport), session;
  }
  let maxRequestBytes = options.maxRequestBytes ?? import_chunk_L35A4DH3.DEFAULT_MAX_REQUEST_BYTES, bodyLimit = {
    bytes: maxRequestBytes,
    message: (request) => (0, import_chunk_EACGRETR.requestTooLargeMessage)(request.bytes, request.limit, request.complete),
    onRefused(request, req) {
      let sessionId = req.headers["mcp-session-id"], known = typeof sessionId == "string" && sessions.has(sessionId), tool = request.method === "tools/call" ? request.tool ?? request.method : request.method ?? "(unknown)";
      log(`refused a request of ${request.bytes} bytes (${tool}): over max-request-size ${maxRequestBytes}`), request.method === "tools/call" && countCall("denied"), options.audit?.record({
        time: (/* @__PURE__ */ new Date()).toISOString(),
        run_id: options.runId,
        ...known ? { session_id: sessionId } : {},
        tool,
        arguments: null,
        duration_ms: 0,
        is_error: !0,
        result_bytes: 0,
        denied: !0,
        rule: "max-request-size",
        request_bytes: request.bytes,
        error: (0, import_chunk_EACGRETR.requestTooLargeMessage)(request.bytes, request.limit, request.complete)
      });
    }
  }, port = 0, loopback = loopbackChecker(0);
  async function handle(req, res) {
    if (!loopback.hostAllowed(req.headers.host) || !loopback.originAllowed(req.headers.origin)) {
      (0, import_chunk_L35A4DH3.sendJsonRpcError)(res, 403, -32e3, "Forbidden: Host or Origin is not this loopback endpoint", {
        connection: "close"
      });
      return;
    }
    let authorization = req.headers.authorization;
    if (!tokenMatches(authorization)) {
      (0, import_chunk_L35A4DH3.sendJsonRpcError)(res, 401, -32e3, "Unauthorized: a valid bearer token is required", {
        "www-authenticate": authorization ? 'Bearer realm="sandbox-action", error="invalid_token"' : 'Bearer realm="sandbox-action"',
        connection: "close"
      });
      return;
    }
    let url2 = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    if (url2.pathname !== "/mcp") {
      (0, import_chunk_L35A4DH3.sendJsonRpcError)(res, 404, -32e3, `Not found: ${url2.pathname} (the MCP endpoint is /mcp)`);
      return;
    }
    let sessionId = req.headers["mcp-session-id"], idle = typeof sessionId == "string" ? sessions.get(sessionId)?.idle : void 0;
    idle && res.once("close", idle.busy()), await routeToSession(req, res, url2, { sessions, newSession, bodyLimit });
  }
  let answering = /* @__PURE__ */ new Set(), httpServer = import_node_http.default.createServer((req, res) => {
    if (req.method === "POST") {
      let answered = new Promise((resolve) => {
        res.once("finish", resolve), res.once("close", resolve);
      });
      answering.add(answered), answered.then(() => answering.delete(answered));
    }
    handle(req, res).catch((error) => {
      log(`request ${req.method} failed: ${error?.message ?? String(error)}`), res.headersSent ? res.destroy() : (0, import_chunk_L35A4DH3.sendJsonRpcError)(res, 500, -32603, "Internal error");
    });
  });
  httpServer.keepAliveTimeout = 65e3;
  try {
    await new Promise((resolve, reject) => {
      httpServer.once("error", reject), httpServer.listen(options.port ?? 0, "127.0.0.1", () => {
        httpServer.off("error", reject), resolve();
      });
    });
  } catch (error) {
    throw unhookAll(), error;
  }
  port = httpServer.address().port, loopback = loopbackChecker(port);
  let url = `http://127.0.0.1:${port}/mcp`;
  log(`listening on ${url}`);
  let closing;
  return {
    url,
    port,
    stats: () => ({ sessions: sessions.size, ...counts }),
    close(reason = "the sandbox proxy is closing") {
      return closing ??= (async () => {
        closed = !0;
        let deadline = performance.now() + import_chunk_EACGRETR.STOP_ANSWER_MS;
        if (await calls.stop(reason, import_chunk_EACGRETR.STOP_ANSWER_MS), answering.size > 0) {
          let timer;
          await Promise.race([
            Promise.allSettled([...answering]),
            new Promise((resolve) => {
              timer = setTimeout(resolve, Math.max(100, deadline - performance.now()));
            })
          ]), clearTimeout(timer);
        }
        let open = [...sessions.values()];
        await Promise.allSettled(open.map((session) => session.server.close())), sessions.clear();
        for (let holding of [...holdings.values()])
          holding.sessions.clear(), leaveHolding(holding, void 0);
        let stopped = new Promise((resolve) => httpServer.close(() => resolve()));
        httpServer.closeAllConnections(), await stopped, log("closed");
      })(), closing;
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  newToken,
  startProxy
});
