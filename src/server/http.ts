// HTTPS (mutual TLS) front of the server: routes /mcp to per-session MCP transports, enforces the
// body limit and turns malformed requests into JSON-RPC error responses. The SDK's web-standard
// transport is used directly with a small Node adapter, which keeps its Node wrapper's dependency
// (@hono/node-server) out of the bundle.
import type { IncomingMessage, ServerResponse } from "node:http";
import https from "node:https";
import type { Identity } from "../mtls/identity.js";
import { serverTlsOptions } from "../mtls/tls-options.js";
import type { ToolSettings } from "./config.js";
import type { SessionTransport } from "./mcp.js";

export const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Past the limit the body is read and dropped (so the client gets its 413) up to this much. */
const MAX_DISCARD_BYTES = 64 * 1024 * 1024;

type McpModule = typeof import("./mcp.js");
let mcpModule: Promise<McpModule> | undefined;

/**
 * The MCP SDK (and zod) take tens of milliseconds to evaluate. Loading them on first use, or right
 * after the CA is printed, lets the listener come up first: the host's TLS handshake overlaps it.
 */
export function loadMcp(): Promise<McpModule> {
  mcpModule ??= import("./mcp.js");
  return mcpModule;
}

function sendJsonRpcError(
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

function toWebRequest(req: IncomingMessage, url: URL): Request {
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

async function writeWebResponse(webResponse: Response, res: ServerResponse): Promise<void> {
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

export interface McpHttpServer {
  server: https.Server;
  /** closes every MCP session (their SSE streams end) */
  closeSessions(): Promise<void>;
}

export function createMcpHttpServer(
  settings: ToolSettings,
  identity: Identity,
  clientCaPem: string,
  log: (message: string) => void,
): McpHttpServer {
  const sessions = new Map<string, SessionTransport>();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "https://sandbox-server");
    if (url.pathname !== "/mcp") {
      sendJsonRpcError(res, 404, -32000, `Not found: ${url.pathname} (the MCP endpoint is /mcp)`);
      return;
    }
    const method = req.method ?? "GET";
    if (method !== "POST" && method !== "GET" && method !== "DELETE") {
      sendJsonRpcError(res, 405, -32000, `Method not allowed: ${method}`, { allow: "GET, POST, DELETE" });
      return;
    }

    let parsedBody: unknown;
    if (method === "POST") {
      const declared = Number(req.headers["content-length"]);
      if (declared > MAX_DISCARD_BYTES) {
        sendJsonRpcError(res, 413, -32000, `Request body too large (limit ${MAX_BODY_BYTES} bytes)`, {
          connection: "close",
        });
        return;
      }
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body.kind === "aborted") return;
      if (body.kind === "too-large") {
        sendJsonRpcError(res, 413, -32000, `Request body too large (limit ${MAX_BODY_BYTES} bytes)`);
        return;
      }
      try {
        parsedBody = JSON.parse(body.data.toString("utf8"));
      } catch (error) {
        sendJsonRpcError(res, 400, -32700, `Parse error: ${(error as Error).message}`);
        return;
      }
    }

    const mcp = await loadMcp();
    const sessionId = req.headers["mcp-session-id"];
    let transport: SessionTransport | undefined;
    if (typeof sessionId === "string") {
      transport = sessions.get(sessionId);
      if (!transport) {
        // 404 tells a client its session is gone and it should initialize again.
        sendJsonRpcError(res, 404, -32001, "Session not found");
        return;
      }
    } else if (
      method === "POST" &&
      (mcp.isInitializeRequest(parsedBody) ||
        (Array.isArray(parsedBody) && parsedBody.some(mcp.isInitializeRequest)))
    ) {
      transport = await mcp.createSession(
        settings,
        (id, created) => sessions.set(id, created),
        (id) => sessions.delete(id),
      );
    } else {
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

  const server = https.createServer(serverTlsOptions(identity, clientCaPem), (req, res) => {
    route(req, res).catch((error: unknown) => {
      log(`request ${req.method} ${req.url} failed: ${(error as Error)?.stack ?? String(error)}`);
      if (!res.headersSent) sendJsonRpcError(res, 500, -32603, "Internal error");
      else res.destroy();
    });
  });
  // Channels can be expensive to open (a Kubernetes port-forward, a Nomad exec stream): keep idle
  // connections well beyond Node's 5 s default; the host's agent keeps them for 60 s.
  server.keepAliveTimeout = 65_000;
  // Long tool calls stream nothing until they finish; only the request itself is timed.
  server.requestTimeout = 60_000;
  server.on("tlsClientError", (error) => log(`TLS handshake rejected: ${error.message}`));

  return {
    server,
    async closeSessions() {
      const open = [...sessions.values()];
      sessions.clear();
      await Promise.allSettled(open.map((transport) => transport.close()));
    },
  };
}
