// Node's http request/response to and from the web-standard Request/Response that the MCP SDK's
// WebStandardStreamableHTTPServerTransport speaks. Using that transport directly keeps its Node
// wrapper's dependency (@hono/node-server) out of the bundles.
import type { IncomingMessage, ServerResponse } from "node:http";

export function toWebRequest(req: IncomingMessage, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  // The body, if any, was read and parsed already and goes to the transport as parsedBody.
  return new Request(url, { method: req.method, headers });
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

export async function writeWebResponse(webResponse: Response, res: ServerResponse): Promise<void> {
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
