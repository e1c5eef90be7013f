// Reads a POST body with a size limit and parses it as JSON; on failure the client has its answer
// (413, or a JSON-RPC parse error) and the caller just stops.
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJsonRpcError } from "./json-rpc-error.js";

export const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Past the limit the body is read and dropped (so the client gets its 413) up to this much. */
const MAX_DISCARD_BYTES = 64 * 1024 * 1024;

type Body = { kind: "ok"; data: Buffer } | { kind: "too-large"; received: number } | { kind: "aborted" };

function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) chunks.push(chunk);
      else if (received > MAX_DISCARD_BYTES) {
        req.destroy();
        resolve({ kind: "aborted" });
      }
    });
    req.on("end", () =>
      resolve(
        received > limit ? { kind: "too-large", received } : { kind: "ok", data: Buffer.concat(chunks) },
      ),
    );
    req.on("error", () => resolve({ kind: "aborted" }));
    req.on("close", () => resolve({ kind: "aborted" }));
  });
}

export type JsonBody = { ok: true; value: unknown } | { ok: false };

export async function readJsonBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit = MAX_BODY_BYTES,
): Promise<JsonBody> {
  const tooLarge = `Request body too large (limit ${limit} bytes)`;
  if (Number(req.headers["content-length"]) > MAX_DISCARD_BYTES) {
    sendJsonRpcError(res, 413, -32000, tooLarge, { connection: "close" });
    return { ok: false };
  }
  const body = await readBody(req, limit);
  if (body.kind === "aborted") return { ok: false };
  if (body.kind === "too-large") {
    sendJsonRpcError(res, 413, -32000, tooLarge);
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(body.data.toString("utf8")) };
  } catch (error) {
    sendJsonRpcError(res, 400, -32700, `Parse error: ${(error as Error).message}`);
    return { ok: false };
  }
}
