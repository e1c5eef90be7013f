// Node's http request/response to and from the web-standard Request/Response that the MCP SDK's
// WebStandardStreamableHTTPServerTransport speaks. Using that transport directly keeps its Node
// wrapper's dependency (@hono/node-server) out of the bundles.
import type { IncomingMessage, ServerResponse } from "node:http";
import { LightHeaders, type LightRequest } from "./light-web.js";

/**
 * The transport reads a request's method, url and headers only (the body was read and parsed
 * already and goes to it as parsedBody), so it gets a LightRequest: a real Request would load
 * Node's undici (light-web.ts says why that matters).
 */
export function toWebRequest(req: IncomingMessage, url: URL): Request {
  const request: LightRequest = {
    method: req.method ?? "GET",
    url: url.href,
    headers: new LightHeaders(req.headers),
  };
  return request as unknown as Request;
}

/** What writeWebResponse reads: a real Response or a LightResponse (the bundles make those). */
export interface WebResponse {
  status: number;
  headers: { forEach(callback: (value: string, name: string) => void): void };
  body: ReadableStream<Uint8Array> | null;
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

export async function writeWebResponse(webResponse: WebResponse, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  webResponse.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(webResponse.status, headers);
  if (!webResponse.body) {
    res.end();
    return;
  }
  // SSE streams may stay silent for a while; the client needs the headers now.
  res.flushHeaders();
  const reader = webResponse.body.getReader();
  res.on("close", () => {
    if (!res.writableFinished) reader.cancel().catch(() => {});
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done || res.destroyed) break;
    if (!res.write(value)) await drained(res);
  }
  res.end();
}
