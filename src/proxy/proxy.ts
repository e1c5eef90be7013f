// The host proxy's HTTP front: the MCP endpoint an agent talks to. Loopback only; every request
// must come with a loopback Host (and Origin, if any) and the run's bearer token before anything
// else about it is looked at, its body included. Each agent session gets its own relay server;
// all of them share the one upstream client of the sandbox.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { isInitializeRequest, LoggingMessageNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import type { AuditLog } from "../host/audit.js";
import { sendJsonRpcError } from "../http/json-rpc-error.js";
import { containsInitialize, routeToSession, type WebTransport } from "../http/mcp-sessions.js";
import { http } from "../node-http.js";
import { type HostPolicy, shapesOnlyPolicy } from "../policy/index.js";
import type { CallOutcome, Upstream } from "./forward-call.js";
import { watchLiveness } from "./liveness.js";
import { loopbackChecker } from "./loopback.js";
import { createRelayServer } from "./relay.js";
import { bearerChecker } from "./token.js";

export interface ProxyOptions {
  /** the connected client of the sandbox's server; the proxy uses it but does not close it */
  upstream: Client;
  /**
   * When the sandbox may be replaced (the daemon's supervisor): the client to use for each call,
   * waiting for a respawn or rejecting with the reason. Default: always `upstream`.
   */
  acquireUpstream?: () => Promise<Client>;
  /** the bearer token agents must present (see newToken) */
  token: string;
  runId: string;
  audit?: AuditLog;
  /** tools, command rules and redaction (default: no rules, credential shapes redacted) */
  policy?: HostPolicy;
  /** the sandbox's default time limit for a call without timeout_ms (the config's timeoutMs) */
  defaultTimeoutMs: number;
  /** TCP port on 127.0.0.1; 0 (default) picks a free one */
  port?: number;
  /** one line of diagnostics at a time; never carries the token */
  log?: (line: string) => void;
}

export interface ProxyStats {
  sessions: number;
  calls: number;
  /** calls whose result had isError (the tool ran and failed) */
  toolErrors: number;
  /** calls refused by a host-side rule */
  denied: number;
  /** calls the sandbox answered with a JSON-RPC error, or the agent cancelled */
  rejected: number;
  /** calls that found the sandbox unreachable */
  unreachable: number;
}

export interface McpProxy {
  /** http://127.0.0.1:PORT/mcp */
  url: string;
  port: number;
  stats(): ProxyStats;
  /** ends every agent session and stops listening; the upstream client stays open */
  close(): Promise<void>;
}

interface Session extends WebTransport {
  server: Server;
}

export async function startProxy(options: ProxyOptions): Promise<McpProxy> {
  const { upstream, token } = options;
  const tokenMatches = bearerChecker(token);
  const policy = options.policy ?? shapesOnlyPolicy();
  // The token is a secret like any other: never in a result, a log line or the audit log.
  policy.redactor.addValue(token, "token");
  options.audit?.redact(token);
  const log = (line: string) =>
    options.log?.(`proxy: ${policy.redactor.text(line).replace(/\s*\n\s*/g, " ")}`);

  const counts = { calls: 0, toolErrors: 0, denied: 0, rejected: 0, unreachable: 0 };
  const countCall = (outcome: CallOutcome | "rejected") => {
    counts.calls++;
    if (outcome === "tool-error") counts.toolErrors++;
    else if (outcome === "denied") counts.denied++;
    else if (outcome === "rejected") counts.rejected++;
    else if (outcome === "unreachable") counts.unreachable++;
  };

  const sessions = new Map<string, Session>();
  const logging = upstream.getServerCapabilities()?.logging !== undefined;
  // Hooks on the client in use (liveness, logging notifications); moved to a new client when the
  // sandbox was respawned, unhooked on close (or when listening fails).
  let bound: { upstream: Upstream; unhook(): void } | undefined;
  const bind = (client: Client): Upstream => {
    if (bound?.upstream.client === client) return bound.upstream;
    bound?.unhook();
    const liveness = watchLiveness(client, log);
    if (logging) {
      client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
        for (const [id, session] of sessions) {
          session.server.sendLoggingMessage(policy.redactor.value(notification.params), id).catch(() => {});
        }
      });
    }
    const current = { client, liveness };
    bound = {
      upstream: current,
      unhook() {
        liveness.close();
        if (logging) client.removeNotificationHandler("notifications/message");
      },
    };
    return current;
  };
  bind(upstream);
  const acquire = options.acquireUpstream;
  const relayContext = {
    upstream: async () => bind(acquire ? await acquire() : upstream),
    instructionsFrom: upstream,
    runId: options.runId,
    audit: options.audit,
    defaultTimeoutMs: options.defaultTimeoutMs,
    logging,
    policy,
    onCall: countCall,
  };
  const unhook = () => {
    bound?.unhook();
    bound = undefined;
  };

  let closed = false;
  async function newSession(parsedBody: unknown): Promise<Session | undefined> {
    if (closed || !containsInitialize(parsedBody, isInitializeRequest)) return undefined;
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: randomUUID,
      onsessioninitialized: (id) => {
        sessions.set(id, session);
        log(`session ${id} opened`);
      },
    });
    transport.onclose = () => {
      const id = transport.sessionId;
      if (id && sessions.delete(id)) log(`session ${id} closed`);
    };
    const server = createRelayServer(relayContext);
    server.onerror = (error) => log(`session ${transport.sessionId ?? "(new)"}: ${error.message}`);
    const session: Session = {
      server,
      handleRequest: (request, init) => transport.handleRequest(request, init),
    };
    await server.connect(transport);
    return session;
  }

  let port = 0;
  let loopback = loopbackChecker(0);
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Rejections close the connection: nobody unauthenticated gets to make us read a body.
    if (!loopback.hostAllowed(req.headers.host) || !loopback.originAllowed(req.headers.origin)) {
      sendJsonRpcError(res, 403, -32000, "Forbidden: Host or Origin is not this loopback endpoint", {
        connection: "close",
      });
      return;
    }
    const authorization = req.headers.authorization;
    if (!tokenMatches(authorization)) {
      const challenge = authorization
        ? 'Bearer realm="sandbox-action", error="invalid_token"'
        : 'Bearer realm="sandbox-action"';
      sendJsonRpcError(res, 401, -32000, "Unauthorized: a valid bearer token is required", {
        "www-authenticate": challenge,
        connection: "close",
      });
      return;
    }
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    if (url.pathname !== "/mcp") {
      sendJsonRpcError(res, 404, -32000, `Not found: ${url.pathname} (the MCP endpoint is /mcp)`);
      return;
    }
    await routeToSession(req, res, url, { sessions, newSession });
  }

  const httpServer = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`request ${req.method} failed: ${(error as Error)?.message ?? String(error)}`);
      if (!res.headersSent) sendJsonRpcError(res, 500, -32603, "Internal error");
      else res.destroy();
    });
  });
  // Agents pause between calls for as long as a model takes to think; keep their connections.
  httpServer.keepAliveTimeout = 65_000;
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(options.port ?? 0, "127.0.0.1", () => {
        httpServer.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    unhook();
    throw error;
  }
  port = (httpServer.address() as AddressInfo).port;
  loopback = loopbackChecker(port);
  const url = `http://127.0.0.1:${port}/mcp`;
  log(`listening on ${url}`);

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    stats: () => ({ sessions: sessions.size, ...counts }),
    close() {
      closing ??= (async () => {
        closed = true;
        unhook();
        const open = [...sessions.values()];
        sessions.clear();
        await Promise.allSettled(open.map((session) => session.server.close()));
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeAllConnections();
        await stopped;
        log("closed");
      })();
      return closing;
    },
  };
}
