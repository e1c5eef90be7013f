// One tools/call relayed to the sandbox: the host's rules checked first (a refused call never
// reaches the sandbox), a deadline that follows the call's own time limit, progress passed
// through, everything that comes back redacted, the audit record written whatever happens, and a
// broken sandbox turned into an error result the agent can read instead of a hung or failed request.
// When the host side stops under a call (the daemon's `down`, the post step, a signal), the call
// is answered with a JSON-RPC error that says so, and audited with that reason.
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { RequestOptions } from "@modelcontextprotocol/sdk/shared/protocol.js";
import {
  type CallToolRequest,
  type CallToolResult,
  ErrorCode,
  McpError,
  type Progress,
  type ProgressToken,
} from "@modelcontextprotocol/sdk/types.js";
import type { AuditLog, CallEntry } from "../host/audit.js";
import { formatBytes, MAX_REQUEST_CEILING } from "../http/json-body.js";
import { HOST_STOPPING_CODE, REQUEST_TOO_LARGE_CODE } from "../http/json-rpc-error.js";
import type { HostPolicy } from "../policy/index.js";
import { type Liveness, SandboxUnreachableError } from "./liveness.js";

/** Slack on top of the call's own time limit before the proxy gives up on the sandbox. */
const REQUEST_MARGIN_MS = 30_000;

/** How long stopping waits for the calls in flight to have their answers. */
export const STOP_ANSWER_MS = 1500;

/** Why the host side stopped under a call: the agent's JSON-RPC error and the audit record say it. */
export class HostStoppingError extends Error {
  override name = "HostStoppingError";
}

/**
 * The calls a host proxy or stdio bridge has in flight, so that stopping answers each of them with
 * a JSON-RPC error naming the reason. Ending their response streams unanswered instead leaves the
 * agent's SDK waiting for its own timeout (60 s by default), and the call looking cancelled.
 */
export class CallsInFlight {
  private readonly controller = new AbortController();
  private readonly pending = new Set<Promise<unknown>>();

  /** aborted, with a HostStoppingError as its reason, once stop() was called */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  track<T>(call: Promise<T>): Promise<T> {
    const tracked: Promise<T> = call.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
    return tracked;
  }

  /** fails every call in flight (and any that comes later) with `reason`; waits until each has its answer, at most `waitMs` */
  async stop(reason: string, waitMs = STOP_ANSWER_MS): Promise<void> {
    if (!this.controller.signal.aborted) this.controller.abort(new HostStoppingError(reason));
    if (this.pending.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.pending]),
      new Promise((resolve) => {
        timer = setTimeout(resolve, waitMs);
      }),
    ]);
    clearTimeout(timer);
  }
}

/**
 * The answer to a request over the `max-request-size` limit: what it was, what the limit is, and
 * how to raise it.
 */
export function requestTooLargeMessage(bytes: number, limit: number, complete = true): string {
  const size = `${complete ? "" : "over "}${formatBytes(bytes)} (${bytes} bytes)`;
  const need = Math.max(bytes, limit) + 1;
  let raise: string;
  if (need > MAX_REQUEST_CEILING) {
    raise = `max-request-size goes up to ${formatBytes(MAX_REQUEST_CEILING)} and no further: send less in one call (e.g. write a large file in parts)`;
  } else {
    // the next power of two of MiB that fits it, written as the option takes it
    const suggestion = Math.max(1, 2 ** Math.ceil(Math.log2(need / (1024 * 1024))));
    raise = `raise the limit with the max-request-size option (e.g. \`--max-request-size ${suggestion}m\`, or the action input \`max-request-size: ${suggestion}m\`; at most 64m)`;
  }
  return `the request is ${size}, over the limit of ${formatBytes(limit)} (${limit} bytes) for one request to the sandbox; ${raise}`;
}

/** The sandbox's client to use for one call, with the liveness watch hooked on it. */
export interface Upstream {
  client: Client;
  liveness: Liveness;
}

export interface CallContext {
  /**
   * The upstream for a call: at once, or after a respawn of the sandbox; rejects (with a message
   * for the agent) when there is none.
   */
  upstream(): Promise<Upstream>;
  runId: string;
  audit: AuditLog | undefined;
  /** the sandbox's default time limit for a call without timeout_ms */
  defaultTimeoutMs: number;
  /** tools and command rules, and the redaction of results, errors and progress */
  policy: HostPolicy;
  /** the calls in flight, answered with the reason when the host side stops */
  stopping?: CallsInFlight;
  /**
   * The most a call's request may be; where no HTTP front checked it already (the stdio bridge with
   * a sandbox of its own), the call's params are measured here.
   */
  maxRequestBytes?: number;
}

export interface CallOrigin {
  sessionId: string | undefined;
  progressToken: ProgressToken | undefined;
  /** aborted when the agent cancels the request or its session goes away */
  signal: AbortSignal;
  sendProgress(progress: Progress & { progressToken: ProgressToken }): Promise<void>;
}

export type CallOutcome = "ok" | "tool-error" | "denied" | "unreachable";

/**
 * A JSON-RPC error the sandbox answered (unknown tool, invalid arguments) goes back to the agent
 * as it is. A timeout or a closed connection is the SDK's own error and means nobody answered.
 */
export function answeredBySandbox(error: unknown): error is McpError {
  return (
    error instanceof McpError &&
    error.code !== ErrorCode.RequestTimeout &&
    error.code !== ErrorCode.ConnectionClosed
  );
}

/**
 * An error for a request handler to throw: the SDK answers with its code and its message as they
 * are. (An McpError's message starts with "MCP error <code>: ", and the agent's SDK adds that
 * again when it builds its own McpError from the answer.)
 */
export function jsonRpcError(code: number, message: string, data?: unknown): Error {
  const error = new Error(message) as Error & { code: number; data?: unknown };
  error.code = code;
  if (data !== undefined) error.data = data;
  return error;
}

/**
 * The session has no sandbox and could get none (mode ephemeral: every sandbox the daemon may run
 * is in use, or a new one would not start). The call never reached a tool, so it is answered with
 * this JSON-RPC error, not a tool result. `message` is redacted already.
 */
export class NoSandboxError extends Error {
  override name = "NoSandboxError";
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

/** The sandbox's JSON-RPC error with its message and data redacted, code unchanged. */
export function redactedError(error: McpError, policy: HostPolicy): Error {
  const message = error.message.replace(/^MCP error -?\d+: /, "");
  return jsonRpcError(
    error.code,
    policy.redactor.text(message),
    error.data === undefined ? undefined : policy.redactor.value(error.data),
  );
}

function textBytes(result: CallToolResult): number {
  let bytes = 0;
  for (const item of result.content ?? []) if (item.type === "text") bytes += Buffer.byteLength(item.text);
  return bytes;
}

export function forwardCall(
  context: CallContext,
  params: CallToolRequest["params"],
  origin: CallOrigin,
): Promise<{ result: CallToolResult; outcome: CallOutcome }> {
  const call = relayCall(context, params, origin);
  return context.stopping ? context.stopping.track(call) : call;
}

/** Settles with `work`, or rejects with the stopping's reason as soon as that comes. */
function unlessStopped<T>(work: Promise<T>, stopping: CallsInFlight | undefined): Promise<T> {
  if (!stopping) return work;
  const { signal } = stopping;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onStop = () => reject(signal.reason);
    signal.addEventListener("abort", onStop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onStop));
  });
}

async function relayCall(
  context: CallContext,
  params: CallToolRequest["params"],
  origin: CallOrigin,
): Promise<{ result: CallToolResult; outcome: CallOutcome }> {
  const started = performance.now();
  const args = params.arguments ?? {};
  const { policy } = context;
  const record = (
    fields: Pick<
      CallEntry,
      "is_error" | "result_bytes" | "exit_code" | "error" | "denied" | "rule" | "request_bytes"
    > & { arguments?: unknown },
  ) =>
    context.audit?.record({
      time: new Date().toISOString(),
      run_id: context.runId,
      ...(origin.sessionId ? { session_id: origin.sessionId } : {}),
      tool: params.name,
      arguments: args,
      duration_ms: Math.round(performance.now() - started),
      ...fields,
    });
  /** the host stopped under the call: the agent gets a JSON-RPC error with the reason */
  const stopped = (reason: HostStoppingError): never => {
    record({ is_error: true, result_bytes: 0, error: reason.message });
    throw jsonRpcError(HOST_STOPPING_CODE, policy.redactor.text(reason.message));
  };
  if (context.stopping?.signal.aborted) stopped(context.stopping.signal.reason);

  if (context.maxRequestBytes !== undefined) {
    const bytes = Buffer.byteLength(JSON.stringify(params));
    if (bytes > context.maxRequestBytes) {
      const message = requestTooLargeMessage(bytes, context.maxRequestBytes);
      // the arguments are what is too large: the audit log keeps their size, not them
      record({
        arguments: null,
        is_error: true,
        result_bytes: 0,
        denied: true,
        rule: "max-request-size",
        request_bytes: bytes,
        error: message,
      });
      throw jsonRpcError(REQUEST_TOO_LARGE_CODE, message, {
        request_bytes: bytes,
        limit_bytes: context.maxRequestBytes,
      });
    }
  }

  const denial = policy.rules.check(params.name, args);
  if (denial) {
    record({
      is_error: true,
      result_bytes: Buffer.byteLength(denial.message),
      denied: true,
      rule: denial.rule,
      error: denial.message,
    });
    return {
      result: { content: [{ type: "text", text: denial.message }], isError: true },
      outcome: "denied",
    };
  }

  let upstream: Upstream;
  try {
    upstream = await unlessStopped(context.upstream(), context.stopping);
  } catch (error) {
    if (error instanceof HostStoppingError) stopped(error);
    if (error instanceof NoSandboxError) {
      record({ is_error: true, result_bytes: 0, error: error.message });
      throw jsonRpcError(error.code, error.message, error.data);
    }
    const text = policy.redactor.text(
      `the sandbox is unavailable: ${(error as Error)?.message ?? String(error)}`,
    );
    record({ is_error: true, result_bytes: 0, error: text });
    return { result: { content: [{ type: "text", text }], isError: true }, outcome: "unreachable" };
  }
  const ownTimeout = typeof args.timeout_ms === "number" ? args.timeout_ms : 0;
  const { progressToken } = origin;
  const stopSignal = context.stopping?.signal;
  // aborted by the agent, the host stopping or a dead sandbox, whichever comes first: its reason says which
  const watch = upstream.liveness.begin(
    stopSignal ? AbortSignal.any([origin.signal, stopSignal]) : origin.signal,
  );
  const options: RequestOptions = {
    timeout: Math.max(context.defaultTimeoutMs, ownTimeout) + REQUEST_MARGIN_MS,
    resetTimeoutOnProgress: true,
    signal: watch.signal,
  };
  if (progressToken !== undefined) {
    // A lost progress notification (the agent went away) must not fail the call itself.
    options.onprogress = (progress) =>
      void origin.sendProgress({ ...policy.redactor.value(progress), progressToken }).catch(() => {});
  }

  try {
    const result = policy.redactor.value(
      (await upstream.client.callTool(
        { name: params.name, arguments: args },
        undefined,
        options,
      )) as CallToolResult,
    );
    const exitCode = result.structuredContent?.exit_code;
    record({
      is_error: result.isError === true,
      result_bytes: textBytes(result),
      ...(typeof exitCode === "number" ? { exit_code: exitCode } : {}),
    });
    return { result, outcome: result.isError === true ? "tool-error" : "ok" };
  } catch (error) {
    // The SDK wraps an abort's reason into a timeout error; the reason says it better.
    if (watch.signal.reason instanceof HostStoppingError) stopped(watch.signal.reason);
    const cause = watch.signal.reason instanceof SandboxUnreachableError ? watch.signal.reason : error;
    const message = (cause as Error)?.message ?? String(cause);
    if (origin.signal.aborted) {
      record({ is_error: true, result_bytes: 0, error: `cancelled by the agent: ${message}` });
      throw error;
    }
    if (answeredBySandbox(error)) {
      record({ is_error: true, result_bytes: 0, error: message });
      throw redactedError(error, policy);
    }
    const text = policy.redactor.text(`the sandbox is unreachable: ${message}`);
    record({ is_error: true, result_bytes: 0, error: text });
    return { result: { content: [{ type: "text", text }], isError: true }, outcome: "unreachable" };
  } finally {
    watch.end();
  }
}
