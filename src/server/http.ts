// HTTPS (mutual TLS) front of the server: routes /mcp to per-session MCP transports, enforces the
// body limit and turns malformed requests into JSON-RPC error responses (src/http/ has the
// pieces it shares with the host proxy).
import type { IncomingMessage, ServerResponse } from "node:http";
import https from "node:https";
import { SERVER_MAX_BODY_BYTES } from "../http/json-body.js";
import { sendJsonRpcError } from "../http/json-rpc-error.js";
import { containsInitialize, routeToSession } from "../http/mcp-sessions.js";
import type { Identity } from "../mtls/identity.js";
import { serverTlsOptions } from "../mtls/tls-options.js";
import type { ToolSettings } from "./config.js";
import type { ToolExecutor } from "./link.js";
import type { SessionTransport } from "./mcp.js";

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
  /** who carries out the tool calls (link.ts) */
  executor: ToolExecutor,
): McpHttpServer {
  const sessions = new Map<string, SessionTransport>();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "https://sandbox-server");
    if (url.pathname !== "/mcp") {
      sendJsonRpcError(res, 404, -32000, `Not found: ${url.pathname} (the MCP endpoint is /mcp)`);
      return;
    }
    await routeToSession(req, res, url, {
      sessions,
      // a backstop: the host enforces the user's limit (max-request-size) before it forwards
      bodyLimit: { bytes: SERVER_MAX_BODY_BYTES },
      async newSession(parsedBody) {
        const mcp = await loadMcp();
        if (!containsInitialize(parsedBody, mcp.isInitializeRequest)) return undefined;
        return mcp.createSession(
          settings,
          executor,
          (id, created) => sessions.set(id, created),
          (id) => sessions.delete(id),
        );
      },
    });
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
