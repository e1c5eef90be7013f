// The host proxy's HTTP front: the MCP endpoint an agent talks to. Loopback only; every request
// must come with a loopback Host (and Origin, if any) and the run's bearer token before anything
// else about it is looked at, its body included. Each agent session gets its own relay server and
// a lease on a sandbox: in persistent mode every session shares one lease (the daemon's one
// supervised sandbox), in ephemeral mode each session's lease is a sandbox of its own.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { isInitializeRequest, LoggingMessageNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import type { AuditLog } from "../host/audit.js";
import { sendJsonRpcError } from "../http/json-rpc-error.js";
import { containsInitialize, routeToSession, type WebTransport } from "../http/mcp-sessions.js";
import { type HostPolicy, shapesOnlyPolicy } from "../policy/index.js";
import type { CallOutcome, Upstream } from "./forward-call.js";
import { watchLiveness } from "./liveness.js";
import { loopbackChecker } from "./loopback.js";
import { createRelayServer } from "./relay.js";
import { bearerChecker } from "./token.js";

/** Where one agent session's calls go. */
export interface UpstreamLease {
  /**
   * The client to use for a call now: at once, or after a respawn of the sandbox; rejects with the
   * reason (a message for the agent) when there is none.
   */
  acquire(): Promise<Client>;
  /** the last session holding this lease ended (ephemeral: its sandbox is destroyed) */
  release(): Promise<void>;
}

export interface ProxyOptions {
  /**
   * A connected client of the sandbox's server: its capabilities and instructions are what every
   * session is offered (each sandbox runs the same server). Without `lease`, every call goes to it.
   * The proxy uses it but does not close it.
   */
  upstream: Client;
  /**
   * Called when an agent session opens, before it is answered; the session's calls go through the
   * lease it returns. Sessions may share a lease. A rejection answers the initialize with 503 and
   * the reason. Default: one shared lease on `upstream`.
   */
  lease?: () => Promise<UpstreamLease>;
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

/** A lease and the sessions holding it, with the proxy's hooks on the lease's current client. */
interface Holding {
  lease: UpstreamLease;
  sessions: Set<string>;
  /** sessions whose initialize is still being answered */
  opening: number;
  hooked?: { upstream: Upstream; unhook(): void };
}

/** An initialize that found no sandbox for its session: answered, and nothing is kept. */
function refusedSession(reason: string): WebTransport {
  return {
    handleRequest: async () =>
      Response.json(
        { jsonrpc: "2.0", error: { code: -32000, message: reason }, id: null },
        { status: 503, headers: { "retry-after": "5" } },
      ),
  };
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
  const rawInstructions = upstream.getInstructions();
  const shared: UpstreamLease = { acquire: async () => upstream, release: async () => {} };
  const openLease = options.lease ?? (async () => shared);
  const holdings = new Map<UpstreamLease, Holding>();

  // Hooks (liveness, logging notifications) on the client a lease gives now; moved when the
  // sandbox behind it was respawned, removed when the last session holding the lease ends.
  const hook = (holding: Holding, client: Client): Upstream => {
    if (holding.hooked?.upstream.client === client) return holding.hooked.upstream;
    holding.hooked?.unhook();
    const liveness = watchLiveness(client, log);
    if (logging) {
      // A sandbox's log messages go to the sessions that hold it, and to no other.
      client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
        for (const id of holding.sessions) {
          sessions
            .get(id)
            ?.server.sendLoggingMessage(policy.redactor.value(notification.params), id)
            .catch(() => {});
        }
      });
    }
    const current = { client, liveness };
    holding.hooked = {
      upstream: current,
      unhook() {
        liveness.close();
        if (logging) client.removeNotificationHandler("notifications/message");
      },
    };
    return current;
  };
  const leaveHolding = (holding: Holding, id: string | undefined) => {
    if (id) holding.sessions.delete(id);
    if (holding.sessions.size > 0 || holding.opening > 0 || holdings.get(holding.lease) !== holding) return;
    holdings.delete(holding.lease);
    holding.hooked?.unhook();
    holding.lease
      .release()
      .catch((error: unknown) => log(`releasing a sandbox: ${(error as Error)?.message}`));
  };
  const unhookAll = () => {
    for (const holding of holdings.values()) holding.hooked?.unhook();
  };

  let closed = false;
  async function newSession(parsedBody: unknown): Promise<WebTransport | undefined> {
    if (closed || !containsInitialize(parsedBody, isInitializeRequest)) return undefined;
    let lease: UpstreamLease;
    try {
      lease = await openLease();
    } catch (error) {
      // redacted whole, then cut: the first line of a wrapped secret is no longer recognisable
      const reason = `no sandbox for this session: ${policy.redactor.text((error as Error)?.message ?? String(error)).split("\n")[0]}`;
      log(reason);
      return refusedSession(reason);
    }
    if (closed) {
      await lease.release().catch(() => {});
      return undefined;
    }
    let holding = holdings.get(lease);
    if (!holding) {
      holding = { lease, sessions: new Set(), opening: 0 };
      holdings.set(lease, holding);
    }
    const held = holding;
    held.opening++;
    let opening = true;
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: randomUUID,
      onsessioninitialized: (id) => {
        sessions.set(id, session);
        held.sessions.add(id);
        log(`session ${id} opened`);
      },
    });
    transport.onclose = () => {
      const id = transport.sessionId;
      if (id && sessions.delete(id)) log(`session ${id} closed`);
      leaveHolding(held, id);
    };
    const server = createRelayServer({
      upstream: async () => hook(held, await lease.acquire()),
      instructions: rawInstructions,
      runId: options.runId,
      audit: options.audit,
      defaultTimeoutMs: options.defaultTimeoutMs,
      logging,
      policy,
      onCall: countCall,
    });
    server.onerror = (error) => log(`session ${transport.sessionId ?? "(new)"}: ${error.message}`);
    const session: Session = {
      server,
      handleRequest: async (request, init) => {
        if (!opening) return transport.handleRequest(request, init);
        try {
          return await transport.handleRequest(request, init);
        } finally {
          opening = false;
          held.opening--;
          // An initialize the transport refused (bad version, malformed) opened no session: the
          // lease it took must not wait for a goodbye that will never come.
          if (!transport.sessionId) leaveHolding(held, undefined);
        }
      },
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
    unhookAll();
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
        const open = [...sessions.values()];
        await Promise.allSettled(open.map((session) => session.server.close()));
        sessions.clear();
        // Closing the sessions released their leases; whatever is left (a session still
        // initializing) is released here.
        for (const holding of [...holdings.values()]) {
          holding.sessions.clear();
          holding.opening = 0;
          leaveHolding(holding, undefined);
        }
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeAllConnections();
        await stopped;
        log("closed");
      })();
      return closing;
    },
  };
}
