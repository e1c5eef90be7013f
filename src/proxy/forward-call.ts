// One tools/call relayed to the sandbox: a deadline that follows the call's own time limit,
// progress passed through, the audit record written whatever happens, and a broken sandbox turned
// into an error result the agent can read instead of a hung or failed request.
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
import type { AuditEntry, AuditLog } from "../host/audit.js";
import { type Liveness, SandboxUnreachableError } from "./liveness.js";

/** Slack on top of the call's own time limit before the proxy gives up on the sandbox. */
const REQUEST_MARGIN_MS = 30_000;

export interface CallContext {
  upstream: Client;
  runId: string;
  audit: AuditLog | undefined;
  /** the sandbox's default time limit for a call without timeout_ms */
  defaultTimeoutMs: number;
  liveness: Liveness;
}

export interface CallOrigin {
  sessionId: string | undefined;
  progressToken: ProgressToken | undefined;
  /** aborted when the agent cancels the request or its session goes away */
  signal: AbortSignal;
  sendProgress(progress: Progress & { progressToken: ProgressToken }): Promise<void>;
}

export type CallOutcome = "ok" | "tool-error" | "unreachable";

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
  const ownTimeout = typeof args.timeout_ms === "number" ? args.timeout_ms : 0;
  const { progressToken } = origin;
  const watch = context.liveness.begin(origin.signal);
  const options: RequestOptions = {
    timeout: Math.max(context.defaultTimeoutMs, ownTimeout) + REQUEST_MARGIN_MS,
    resetTimeoutOnProgress: true,
    signal: watch.signal,
  };
  if (progressToken !== undefined) {
    // A lost progress notification (the agent went away) must not fail the call itself.
    options.onprogress = (progress) =>
      void origin.sendProgress({ ...progress, progressToken }).catch(() => {});
  }

  const record = (fields: Pick<AuditEntry, "is_error" | "result_bytes" | "exit_code" | "error">) =>
    context.audit?.record({
      time: new Date().toISOString(),
      run_id: context.runId,
      ...(origin.sessionId ? { session_id: origin.sessionId } : {}),
      tool: params.name,
      arguments: args,
      duration_ms: Math.round(performance.now() - started),
      ...fields,
    });

  try {
    const result = (await context.upstream.callTool(
      { name: params.name, arguments: args },
      undefined,
      options,
    )) as CallToolResult;
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
      throw error;
    }
    const text = `the sandbox is unreachable: ${message}`;
    record({ is_error: true, result_bytes: 0, error: text });
    return { result: { content: [{ type: "text", text }], isError: true }, outcome: "unreachable" };
  } finally {
    watch.end();
  }
}
