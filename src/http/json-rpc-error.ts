// Errors answered before a request reaches an MCP transport still use JSON-RPC's error shape, so
// an MCP client can show the message instead of failing to parse a bare HTTP error.
import type { ServerResponse } from "node:http";

// The host's own refusals use codes in JSON-RPC's implementation-defined server range, but none
// the MCP SDK gives a meaning of its own (-32000 connection closed, -32001 request timeout: a
// relaying client, the stdio bridge, takes those for "nobody answered"), nor -32003 (max-sandboxes).

/** a request over max-request-size */
export const REQUEST_TOO_LARGE_CODE = -32004;
/** a call the host could not finish because it is stopping (the daemon's `down`, a signal) */
export const HOST_STOPPING_CODE = -32005;

export function sendJsonRpcError(
  res: ServerResponse,
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
  /** the request's id when it is known (a client matches the answer to its request by it), and data */
  extra: { id?: string | number | null; data?: unknown } = {},
): void {
  const error = extra.data === undefined ? { code, message } : { code, message, data: extra.data };
  const body = JSON.stringify({ jsonrpc: "2.0", error, id: extra.id ?? null });
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}
