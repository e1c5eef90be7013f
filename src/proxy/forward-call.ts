// One tools/call relayed to the sandbox: the host's rules checked first (a refused call never
// reaches the sandbox), a deadline that follows the call's own time limit, progress passed
// through, everything that comes back redacted, the audit record written whatever happens, and a
// broken sandbox turned into an error result the agent can read instead of a hung or failed request.
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
import type { HostPolicy } from "../policy/index.js";
import { type Liveness, SandboxUnreachableError } from "./liveness.js";

/** Slack on top of the call's own time limit before the proxy gives up on the sandbox. */
const REQUEST_MARGIN_MS = 30_000;

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

export async function forwardCall(
  context: CallContext,
  params: CallToolRequest["params"],
  origin: CallOrigin,
): Promise<{ result: CallToolResult; outcome: CallOutcome }> {
  const started = performance.now();
  const args = params.arguments ?? {};
  const { policy } = context;
  const record = (
    fields: Pick<CallEntry, "is_error" | "result_bytes" | "exit_code" | "error" | "denied" | "rule">,
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
    upstream = await context.upstream();
  } catch (error) {
    const text = policy.redactor.text(
      `the sandbox is unavailable: ${(error as Error)?.message ?? String(error)}`,
    );
    record({ is_error: true, result_bytes: 0, error: text });
    return { result: { content: [{ type: "text", text }], isError: true }, outcome: "unreachable" };
  }
  const ownTimeout = typeof args.timeout_ms === "number" ? args.timeout_ms : 0;
  const { progressToken } = origin;
  const watch = upstream.liveness.begin(origin.signal);
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
