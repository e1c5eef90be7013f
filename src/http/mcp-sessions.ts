// The part of an MCP Streamable HTTP endpoint that both the sandbox server and the host proxy
// have: method check, JSON body, and routing each request to its session's transport (a new one
// for initialize, 404 for a session that is gone).
import type { IncomingMessage, ServerResponse } from "node:http";
import { type BodyLimit, readJsonBody } from "./json-body.js";
import { sendJsonRpcError } from "./json-rpc-error.js";
import { toWebRequest, writeWebResponse } from "./web-adapter.js";

/** What the SDK's WebStandardStreamableHTTPServerTransport offers, and all this module needs. */
export interface WebTransport {
  handleRequest(request: Request, options?: { parsedBody?: unknown }): Promise<Response>;
}

export interface SessionRoutes<T extends WebTransport> {
  /** open sessions by id; the caller's transports add and remove themselves */
  sessions: Map<string, T>;
  /** called for a POST without a session id; undefined when the body is not an initialize request */
  newSession(parsedBody: unknown): Promise<WebTransport | undefined>;
  /** the most a POST body may be, and what to do with one that is more */
  bodyLimit: BodyLimit;
}

/** true when a JSON-RPC message, or any message of a batch, satisfies `isInitialize` */
export function containsInitialize(body: unknown, isInitialize: (message: unknown) => boolean): boolean {
  return isInitialize(body) || (Array.isArray(body) && body.some(isInitialize));
}

export async function routeToSession<T extends WebTransport>(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  routes: SessionRoutes<T>,
): Promise<void> {
  const method = req.method ?? "GET";
  if (method !== "POST" && method !== "GET" && method !== "DELETE") {
    sendJsonRpcError(res, 405, -32000, `Method not allowed: ${method}`, { allow: "GET, POST, DELETE" });
    return;
  }

  let parsedBody: unknown;
  if (method === "POST") {
    const body = await readJsonBody(req, res, routes.bodyLimit);
    if (!body.ok) return;
    parsedBody = body.value;
    // JSON-RPC 2.0 makes an empty batch an invalid request; the SDK would accept it with a 202.
    if (Array.isArray(parsedBody) && parsedBody.length === 0) {
      sendJsonRpcError(res, 400, -32600, "Invalid Request: an empty batch");
      return;
    }
  }

  const sessionId = req.headers["mcp-session-id"];
  let transport: WebTransport | undefined;
  if (typeof sessionId === "string") {
    transport = routes.sessions.get(sessionId);
    if (!transport) {
      // 404 tells a client its session is gone and it should initialize again.
      sendJsonRpcError(res, 404, -32001, "Session not found");
      return;
    }
  } else if (method === "POST") {
    transport = await routes.newSession(parsedBody);
  }
  if (!transport) {
    sendJsonRpcError(
      res,
      400,
      -32000,
      "Bad Request: no mcp-session-id header, and the request is not initialize",
    );
    return;
  }

  const webResponse = await transport.handleRequest(toWebRequest(req, url), { parsedBody });
  await writeWebResponse(webResponse, res);
}
