// Every tool answers with a result, never a thrown exception: a failure is a result with isError
// and one line saying what is wrong, so the agent can correct itself and the server keeps serving.
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { describeError } from "../errors.js";

export function textResult(text: string, structuredContent?: Record<string, unknown>): CallToolResult {
  return { content: [{ type: "text", text }], ...(structuredContent ? { structuredContent } : {}) };
}

export function errorResult(text: string): CallToolResult {
  return { content: [{ type: "text", text }], isError: true };
}

/** Wraps a tool handler so that anything it throws becomes an isError result. */
export function guarded<A>(handler: (args: A, extra: { signal: AbortSignal }) => Promise<CallToolResult>) {
  return async (args: A, extra: { signal: AbortSignal }): Promise<CallToolResult> => {
    try {
      return await handler(args, extra);
    } catch (error) {
      return errorResult(describeError(error));
    }
  };
}
