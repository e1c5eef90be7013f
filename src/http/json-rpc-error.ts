// Errors answered before a request reaches an MCP transport still use JSON-RPC's error shape, so
// an MCP client can show the message instead of failing to parse a bare HTTP error.
import type { ServerResponse } from "node:http";

export function sendJsonRpcError(
  res: ServerResponse,
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ jsonrpc: "2.0", error: { code, message }, id: null });
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}
