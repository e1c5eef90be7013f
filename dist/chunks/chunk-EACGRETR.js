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
  CallsInFlight: () => CallsInFlight,
  HostStoppingError: () => HostStoppingError,
  NoSandboxError: () => NoSandboxError,
  STOP_ANSWER_MS: () => STOP_ANSWER_MS,
  answeredBySandbox: () => answeredBySandbox,
  forwardCall: () => forwardCall,
  jsonRpcError: () => jsonRpcError,
  redactedError: () => redactedError,
  requestTooLargeMessage: () => requestTooLargeMessage
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_QIJFTTHX = require("./chunk-QIJFTTHX.js"), import_chunk_BQUIEBUU = require("./chunk-BQUIEBUU.js"), import_chunk_L35A4DH3 = require("./chunk-L35A4DH3.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
var REQUEST_MARGIN_MS = 3e4, STOP_ANSWER_MS = 1500, HostStoppingError = class extends Error {
  name = "HostStoppingError";
}, CallsInFlight = class {
  controller = new AbortController();
  pending = /* @__PURE__ */ new Set();
  /** aborted, with a HostStoppingError as its reason, once stop() was called */
  get signal() {
    return this.controller.signal;
  }
  track(call) {
    let tracked = call.finally(() => this.pending.delete(tracked));
    return this.pending.add(tracked), tracked;
  }
  /** fails every call in flight (and any that comes later) with `reason`; waits until each has its answer, at most `waitMs` */
  async stop(reason, waitMs = STOP_ANSWER_MS) {
    if (this.controller.signal.aborted || this.controller.abort(new HostStoppingError(reason)), this.pending.size === 0) return;
    let timer;
    await Promise.race([
      Promise.allSettled([...this.pending]),
      new Promise((resolve) => {
        timer = setTimeout(resolve, waitMs);
      })
    ]), clearTimeout(timer);
  }
};
function requestTooLargeMessage(bytes, limit, complete = !0) {
  let size = `${complete ? "" : "over "}${(0, import_chunk_L35A4DH3.formatBytes)(bytes)} (${bytes} bytes)`, need = Math.max(bytes, limit) + 1, raise;
  if (need > import_chunk_L35A4DH3.MAX_REQUEST_CEILING)
    raise = `max-request-size goes up to ${(0, import_chunk_L35A4DH3.formatBytes)(import_chunk_L35A4DH3.MAX_REQUEST_CEILING)} and no further: send less in one call (e.g. write a large file in parts)`;
  else {
    let suggestion = Math.max(1, 2 ** Math.ceil(Math.log2(need / 1048576)));
    raise = `raise the limit with the max-request-size option (e.g. \`--max-request-size ${suggestion}m\`, or the action input \`max-request-size: ${suggestion}m\`; at most 64m)`;
  }
  return `the request is ${size}, over the limit of ${(0, import_chunk_L35A4DH3.formatBytes)(limit)} (${limit} bytes) for one request to the sandbox; ${raise}`;
}
function answeredBySandbox(error) {
  return error instanceof import_chunk_BQUIEBUU.McpError && error.code !== import_chunk_BQUIEBUU.ErrorCode.RequestTimeout && error.code !== import_chunk_BQUIEBUU.ErrorCode.ConnectionClosed;
}
function jsonRpcError(code, message, data) {
  let error = new Error(message);
  return error.code = code, data !== void 0 && (error.data = data), error;
}
var NoSandboxError = class extends Error {
  constructor(code, message, data) {
    super(message), this.code = code, this.data = data;
  }
  code;
  data;
  name = "NoSandboxError";
};
function redactedError(error, policy) {
  let message = error.message.replace(/^MCP error -?\d+: /, "");
  return jsonRpcError(
    error.code,
    policy.redactor.text(message),
    error.data === void 0 ? void 0 : policy.redactor.value(error.data)
  );
}
function textBytes(result) {
  let bytes = 0;
  for (let item of result.content ?? []) item.type === "text" && (bytes += Buffer.byteLength(item.text));
  return bytes;
}
function forwardCall(context, params, origin) {
  let call = relayCall(context, params, origin);
  return context.stopping ? context.stopping.track(call) : call;
}
function unlessStopped(work, stopping) {
  if (!stopping) return work;
  let { signal } = stopping;
  return signal.aborted ? Promise.reject(signal.reason) : new Promise((resolve, reject) => {
    let onStop = () => reject(signal.reason);
    signal.addEventListener("abort", onStop, { once: !0 }), work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onStop));
  });
}
async function relayCall(context, params, origin) {
  let started = performance.now(), args = params.arguments ?? {}, { policy } = context, record = (fields) => context.audit?.record({
    time: (/* @__PURE__ */ new Date()).toISOString(),
    run_id: context.runId,
    ...origin.sessionId ? { session_id: origin.sessionId } : {},
    tool: params.name,
    arguments: args,
    duration_ms: Math.round(performance.now() - started),
    ...fields
  }), stopped = (reason) => {
    throw record({ is_error: !0, result_bytes: 0, error: reason.message }), jsonRpcError(-32005, policy.redactor.text(reason.message));
  };
  if (context.stopping?.signal.aborted && stopped(context.stopping.signal.reason), context.maxRequestBytes !== void 0) {
    let bytes = Buffer.byteLength(JSON.stringify(params));
    if (bytes > context.maxRequestBytes) {
      let message = requestTooLargeMessage(bytes, context.maxRequestBytes);
      throw record({
        arguments: null,
        is_error: !0,
        result_bytes: 0,
        denied: !0,
        rule: "max-request-size",
        request_bytes: bytes,
        error: message
      }), jsonRpcError(-32004, message, {
        request_bytes: bytes,
        limit_bytes: context.maxRequestBytes
      });
    }
  }
  let denial = policy.rules.check(params.name, args);
  if (denial)
    return record({
      is_error: !0,
      result_bytes: Buffer.byteLength(denial.message),
      denied: !0,
      rule: denial.rule,
      error: denial.message
    }), {
      result: { content: [{ type: "text", text: denial.message }], isError: !0 },
      outcome: "denied"
    };
  let upstream;
  try {
    upstream = await unlessStopped(context.upstream(), context.stopping);
  } catch (error) {
    if (error instanceof HostStoppingError && stopped(error), error instanceof NoSandboxError)
      throw record({ is_error: !0, result_bytes: 0, error: error.message }), jsonRpcError(error.code, error.message, error.data);
    let text = policy.redactor.text(
      `the sandbox is unavailable: ${error?.message ?? String(error)}`
    );
    return record({ is_error: !0, result_bytes: 0, error: text }), { result: { content: [{ type: "text", text }], isError: !0 }, outcome: "unreachable" };
  }
  let ownTimeout = typeof args.timeout_ms == "number" ? args.timeout_ms : 0, { progressToken } = origin, stopSignal = context.stopping?.signal, watch = upstream.liveness.begin(
    stopSignal ? AbortSignal.any([origin.signal, stopSignal]) : origin.signal
  ), options = {
    timeout: Math.max(context.defaultTimeoutMs, ownTimeout) + REQUEST_MARGIN_MS,
    resetTimeoutOnProgress: !0,
    signal: watch.signal
  };
  progressToken !== void 0 && (options.onprogress = (progress) => {
    origin.sendProgress({ ...policy.redactor.value(progress), progressToken }).catch(() => {
    });
  });
  try {
    let result = policy.redactor.value(
      await upstream.client.callTool(
        { name: params.name, arguments: args },
        void 0,
        options
      )
    ), exitCode = result.structuredContent?.exit_code;
    return record({
      is_error: result.isError === !0,
      result_bytes: textBytes(result),
      ...typeof exitCode == "number" ? { exit_code: exitCode } : {}
    }), { result, outcome: result.isError === !0 ? "tool-error" : "ok" };
  } catch (error) {
    watch.signal.reason instanceof HostStoppingError && stopped(watch.signal.reason);
    let cause = watch.signal.reason instanceof import_chunk_QIJFTTHX.SandboxUnreachableError ? watch.signal.reason : error, message = cause?.message ?? String(cause);
    if (origin.signal.aborted)
      throw record({ is_error: !0, result_bytes: 0, error: `cancelled by the agent: ${message}` }), error;
    if (answeredBySandbox(error))
      throw record({ is_error: !0, result_bytes: 0, error: message }), redactedError(error, policy);
    let text = policy.redactor.text(`the sandbox is unreachable: ${message}`);
    return record({ is_error: !0, result_bytes: 0, error: text }), { result: { content: [{ type: "text", text }], isError: !0 }, outcome: "unreachable" };
  } finally {
    watch.end();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CallsInFlight,
  HostStoppingError,
  NoSandboxError,
  STOP_ANSWER_MS,
  answeredBySandbox,
  forwardCall,
  jsonRpcError,
  redactedError,
  requestTooLargeMessage
});
