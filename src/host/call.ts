// One tool call from the host: timing, the result flattened to the CLI's output shape, and the
// difference between a tool error (the call ran and failed) and a broken sandbox.

export interface CallResult {
  tool: string;
  isError: boolean;
  text: string;
  structuredContent?: Record<string, unknown>;
  duration_ms: number;
}

/** JSON-RPC "request timed out" (the SDK's own deadline), which means the server is stuck. */
export const REQUEST_TIMEOUT_CODE = -32001;

/** A JSON-RPC error answered by the server. Checked by shape: importing the SDK's McpError class
 *  would load all of its schemas before the sandbox even starts. */
function isJsonRpcError(error: unknown): error is Error & { code: number } {
  return (
    error instanceof Error &&
    error.name === "McpError" &&
    typeof (error as { code?: unknown }).code === "number"
  );
}

/** Slack on top of the call's own time limit before the host gives up on the server. */
const REQUEST_MARGIN_MS = 30_000;

/** A tools/call result as the host reads it: untrusted data from the sandbox. */
export interface ToolCallResult {
  [key: string]: unknown;
  content?: unknown;
  isError?: boolean;
  structuredContent?: Record<string, unknown>;
}

/** The SDK's Client and the lean client of `run` (lean-client.ts) both have this method. */
export interface ToolCaller {
  callTool(
    params: { name: string; arguments?: Record<string, unknown> },
    resultSchema: undefined,
    options: { timeout: number },
  ): Promise<ToolCallResult>;
}

export class SandboxUnreachableError extends Error {
  override name = "SandboxUnreachableError";
}

export async function callTool(
  client: ToolCaller,
  tool: string,
  args: Record<string, unknown>,
  defaultTimeoutMs: number,
): Promise<CallResult> {
  const started = performance.now();
  const ownTimeout = typeof args.timeout_ms === "number" ? args.timeout_ms : 0;
  try {
    const result = await client.callTool({ name: tool, arguments: args }, undefined, {
      timeout: Math.max(defaultTimeoutMs, ownTimeout) + REQUEST_MARGIN_MS,
    });
    const content = Array.isArray(result.content) ? result.content : [];
    const text = content
      .map((item) => (item.type === "text" ? item.text : `[${item.type} content]`))
      .join("\n");
    return {
      tool,
      isError: result.isError === true,
      text,
      ...(result.structuredContent
        ? { structuredContent: result.structuredContent as Record<string, unknown> }
        : {}),
      duration_ms: Math.round(performance.now() - started),
    };
  } catch (error) {
    // A JSON-RPC error from the server (bad arguments, unknown tool) is the call's failure; anything
    // else (connection reset, timeout) means the sandbox itself is in trouble.
    if (isJsonRpcError(error) && error.code !== REQUEST_TIMEOUT_CODE) {
      return {
        tool,
        isError: true,
        text: error.message,
        duration_ms: Math.round(performance.now() - started),
      };
    }
    throw new SandboxUnreachableError(`${tool}: ${(error as Error).message}`, { cause: error });
  }
}
