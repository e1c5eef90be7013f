// Reads a POST body with a size limit and parses it as JSON; on failure the client has its answer
// (a JSON-RPC error) and the caller just stops.
//
// A request over the limit is read to its end but not kept: a scan of it finds its id, method and
// tool name (src/http/request-scan.ts), so that the refusal can be the answer to that request (a
// JSON-RPC error with its id, HTTP 200: an MCP client's transport turns any other status into a
// transport error and never shows the message) and the audit log can say what was refused.
import type { IncomingMessage, ServerResponse } from "node:http";
import { REQUEST_TOO_LARGE_CODE, sendJsonRpcError } from "./json-rpc-error.js";
import { RequestScanner, type ScannedRequest } from "./request-scan.js";

const MiB = 1024 * 1024;
/** The host proxy's default limit on one request (the `max-request-size` option). */
export const DEFAULT_MAX_REQUEST_BYTES = 4 * MiB;
/** The most `max-request-size` may be: the proxy holds a request in memory whole, as text and parsed. */
export const MAX_REQUEST_CEILING = 64 * MiB;
/**
 * The in-sandbox server's own limit, a backstop: it hears only from the host, which enforces the
 * user's limit and forwards at most that (plus an envelope of its own) whatever the option says.
 */
export const SERVER_MAX_BODY_BYTES = MAX_REQUEST_CEILING + MiB;
/** Past the limit the body is read and dropped (so the client gets its answer) up to this much. */
const MIN_DISCARD_BYTES = 64 * MiB;

/** What is known of a request refused for its size; nothing of its content is kept. */
export interface OversizedRequest extends ScannedRequest {
  /** the body's size, or as much of it as was read (`complete` false), or its Content-Length */
  bytes: number;
  complete: boolean;
  limit: number;
}

export interface BodyLimit {
  bytes: number;
  /** the error message for a request over the limit (default: one naming both sizes) */
  message?(request: OversizedRequest): string;
  /** told of every refusal, answered or not (the proxy audits them) */
  onRefused?(request: OversizedRequest, req: IncomingMessage): void;
}

type Body =
  | { kind: "ok"; data: Buffer }
  | { kind: "too-large"; received: number; complete: boolean; scanned: ScannedRequest }
  | { kind: "aborted" };

function readBody(req: IncomingMessage, limit: number, discard: number): Promise<Body> {
  return new Promise((resolve) => {
    let chunks: Buffer[] = [];
    let received = 0;
    let scanner: RequestScanner | undefined;
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) {
        chunks.push(chunk);
        return;
      }
      if (!scanner) {
        // Scanned only once over the limit: a request within it costs nothing more.
        scanner = new RequestScanner();
        for (const kept of chunks) scanner.push(kept);
        chunks = [];
      }
      scanner.push(chunk);
      if (received > discard) {
        const scanned = scanner.result();
        req.destroy();
        resolve({ kind: "too-large", received, complete: false, scanned });
      }
    });
    req.on("end", () =>
      resolve(
        scanner
          ? { kind: "too-large", received, complete: true, scanned: scanner.result() }
          : { kind: "ok", data: Buffer.concat(chunks) },
      ),
    );
    req.on("error", () => resolve({ kind: "aborted" }));
    req.on("close", () => resolve({ kind: "aborted" }));
  });
}

export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${Number((bytes / MiB).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

const defaultMessage = (request: OversizedRequest) =>
  `Request body too large: ${request.complete ? "" : "over "}${request.bytes} bytes, the limit is ${request.limit} bytes`;

export type JsonBody = { ok: true; value: unknown } | { ok: false };

export async function readJsonBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit: BodyLimit,
): Promise<JsonBody> {
  const discard = Math.max(MIN_DISCARD_BYTES, 2 * limit.bytes);
  const refuse = (request: OversizedRequest, headers: Record<string, string> = {}) => {
    limit.onRefused?.(request, req);
    if (res.destroyed || !res.socket || res.socket.destroyed) return; // cut off past the discard bound
    const message = (limit.message ?? defaultMessage)(request);
    const data = { request_bytes: request.bytes, limit_bytes: request.limit };
    // With the request's id the refusal is its answer; without one (a notification, a batch,
    // something that is not JSON) there is nothing to answer, and 413 says what happened.
    if (request.id !== undefined)
      sendJsonRpcError(res, 200, REQUEST_TOO_LARGE_CODE, message, headers, { id: request.id, data });
    else sendJsonRpcError(res, 413, REQUEST_TOO_LARGE_CODE, message, headers, { data });
  };
  const declared = Number(req.headers["content-length"]);
  if (declared > discard) {
    refuse({ bytes: declared, complete: false, limit: limit.bytes }, { connection: "close" });
    return { ok: false };
  }
  const body = await readBody(req, limit.bytes, discard);
  if (body.kind === "aborted") return { ok: false };
  if (body.kind === "too-large") {
    refuse({ ...body.scanned, bytes: body.received, complete: body.complete, limit: limit.bytes });
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(body.data.toString("utf8")) };
  } catch (error) {
    sendJsonRpcError(res, 400, -32700, `Parse error: ${(error as Error).message}`);
    return { ok: false };
  }
}
