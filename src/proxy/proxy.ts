// The host proxy's HTTP front: the MCP endpoint an agent talks to. Loopback only; every request
// must come with a loopback Host (and Origin, if any) and the run's bearer token before anything
// else about it is looked at, its body included. Each agent session gets its own relay server and,
// at its first tools/call, a lease on a sandbox: in persistent mode every session shares one lease
// (the daemon's one supervised sandbox), in ephemeral mode each session's lease is a sandbox of its
// own. initialize, ping and tools/list need none (ADR 0015), and a session nobody used for
// `sessionIdleTimeoutMs` is closed, its lease given back.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import {
  ErrorCode,
  isInitializeRequest,
  type ListToolsResult,
  LoggingMessageNotificationSchema,
} from "@modelcontextprotocol/sdk/types.js";
import { formatDuration } from "../config/units.js";
import type { AuditLog } from "../host/audit.js";
import { type BodyLimit, DEFAULT_MAX_REQUEST_BYTES } from "../http/json-body.js";
import { sendJsonRpcError } from "../http/json-rpc-error.js";
import { containsInitialize, routeToSession, type WebTransport } from "../http/mcp-sessions.js";
import { type HostPolicy, shapesOnlyPolicy } from "../policy/index.js";
import {
  type CallOutcome,
  CallsInFlight,
  NoSandboxError,
  requestTooLargeMessage,
  STOP_ANSWER_MS,
  type Upstream,
} from "./forward-call.js";
import { type IdleWatch, watchIdle } from "./idle.js";
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
   * Called at an agent session's first tools/call (a session that only initializes and lists tools
   * needs no sandbox); that call and the session's later ones go through the lease it returns.
   * Sessions may share a lease. A rejection answers that call with a JSON-RPC error, "no sandbox
   * for this session" and the reason (the rejection's own `code` and `data` when it has a numeric
   * code), and the next call asks again. Default: one shared lease on `upstream`.
   */
  lease?: () => Promise<UpstreamLease>;
  /**
   * A session with no request open (a call, its client's notification stream) and none for this
   * long is closed, its lease released (default: never). Its next request gets 404.
   */
  sessionIdleTimeoutMs?: number;
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
  /** the most one request may be (max-request-size; default 4 MiB); a larger one is refused and audited */
  maxRequestBytes?: number;
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
  /**
   * Answers every call in flight with a JSON-RPC error naming `reason` (default: "the sandbox
   * proxy is closing"), then ends every agent session and stops listening; the upstream client
   * stays open.
   */
  close(reason?: string): Promise<void>;
}

interface Session extends WebTransport {
  server: Server;
  /** set once its initialize was answered */
  id?: string;
  /** its lease, once a call needed a sandbox */
  holding?: Holding;
  /** the lease on its way */
  leasing?: Promise<Holding>;
  idle?: IdleWatch;
}

/** A lease and the sessions holding it, with the proxy's hooks on the lease's current client. */
interface Holding {
  lease: UpstreamLease;
  sessions: Set<string>;
  hooked?: { upstream: Upstream; unhook(): void };
}

/** Bound on listing the first sandbox's tools at start: it answers from memory. */
const LIST_TIMEOUT_MS = 30_000;

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
  const calls = new CallsInFlight();
  // Every sandbox runs the same server: the first one's tool list answers the sessions that hold
  // no sandbox yet, so a client that only checks health (initialize, tools/list, gone) costs none.
  // Without it (a failed or paged listing) tools/list takes the session's lease like a call.
  const toolList: ListToolsResult | undefined = await upstream
    .listTools(undefined, { timeout: LIST_TIMEOUT_MS })
    .then(
      (listed) => (listed.nextCursor === undefined ? listed : undefined),
      () => undefined,
    );

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
    if (holding.sessions.size > 0 || holdings.get(holding.lease) !== holding) return;
    holdings.delete(holding.lease);
    holding.hooked?.unhook();
    holding.lease
      .release()
      .catch((error: unknown) => log(`releasing a sandbox: ${(error as Error)?.message}`));
  };
  const unhookAll = () => {
    for (const holding of holdings.values()) holding.hooked?.unhook();
  };

  /**
   * The session's lease, taken at its first call that needs a sandbox. A failure is not kept: the
   * session's next call asks again.
   */
  const holdingOf = (session: Session): Promise<Holding> => {
    if (session.leasing) return session.leasing;
    const leasing = (async () => {
      let lease: UpstreamLease;
      try {
        lease = await openLease();
      } catch (error) {
        // redacted whole, then cut: the first line of a wrapped secret is no longer recognisable
        const reason = `no sandbox for this session: ${policy.redactor.text((error as Error)?.message ?? String(error)).split("\n")[0]}`;
        log(`session ${session.id ?? "(new)"}: ${reason}`);
        const { code, data } = (error ?? {}) as { code?: unknown; data?: unknown };
        if (typeof code === "number") throw new NoSandboxError(code, reason, policy.redactor.value(data));
        throw new NoSandboxError(ErrorCode.InternalError, reason);
      }
      let holding = holdings.get(lease);
      if (!holding) {
        holding = { lease, sessions: new Set() };
        holdings.set(lease, holding);
      }
      const { id } = session;
      if (closed || id === undefined || sessions.get(id) !== session) {
        // The session ended while its sandbox was on its way: nobody else would give it back.
        leaveHolding(holding, undefined);
        throw new Error("the session has ended");
      }
      holding.sessions.add(id);
      session.holding = holding;
      return holding;
    })();
    session.leasing = leasing;
    leasing.catch(() => {
      if (session.leasing === leasing) session.leasing = undefined;
    });
    return leasing;
  };

  const idleMs = options.sessionIdleTimeoutMs;
  const idleText = idleMs === undefined ? "" : formatDuration(idleMs);
  const expire = (session: Session) => {
    log(`session ${session.id} closed: no request for ${idleText} (session-idle-timeout)`);
    session.server.close().catch((error: Error) => log(`closing session ${session.id}: ${error.message}`));
  };

  let closed = false;
  async function newSession(parsedBody: unknown): Promise<WebTransport | undefined> {
    if (closed || !containsInitialize(parsedBody, isInitializeRequest)) return undefined;
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: randomUUID,
      onsessioninitialized: (id) => {
        session.id = id;
        sessions.set(id, session);
        if (idleMs !== undefined) session.idle = watchIdle(idleMs, () => expire(session));
        log(`session ${id} opened`);
      },
    });
    transport.onclose = () => {
      const id = transport.sessionId;
      session.idle?.stop();
      if (id && sessions.get(id) === session) {
        sessions.delete(id);
        log(`session ${id} closed`);
      }
      if (session.holding) leaveHolding(session.holding, id);
    };
    const server = createRelayServer({
      upstream: async () => {
        const holding = await holdingOf(session);
        return hook(holding, await holding.lease.acquire());
      },
      knownTools: (params) => (session.holding || params?.cursor !== undefined ? undefined : toolList),
      busy: () => session.idle?.busy() ?? (() => {}),
      instructions: rawInstructions,
      runId: options.runId,
      audit: options.audit,
      defaultTimeoutMs: options.defaultTimeoutMs,
      stopping: calls,
      logging,
      policy,
      onCall: countCall,
    });
    server.onerror = (error) => log(`session ${transport.sessionId ?? "(new)"}: ${error.message}`);
    const session: Session = {
      server,
      handleRequest: (request, init) => transport.handleRequest(request, init),
    };
    await server.connect(transport);
    return session;
  }

  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  // A request over the limit gets a JSON-RPC error naming the limit and the option that raises it,
  // and an audit record with what a scan of it could tell (its tool or method, its size).
  const bodyLimit: BodyLimit = {
    bytes: maxRequestBytes,
    message: (request) => requestTooLargeMessage(request.bytes, request.limit, request.complete),
    onRefused(request, req) {
      const sessionId = req.headers["mcp-session-id"];
      const known = typeof sessionId === "string" && sessions.has(sessionId);
      const tool =
        request.method === "tools/call" ? (request.tool ?? request.method) : (request.method ?? "(unknown)");
      log(`refused a request of ${request.bytes} bytes (${tool}): over max-request-size ${maxRequestBytes}`);
      if (request.method === "tools/call") countCall("denied");
      options.audit?.record({
        time: new Date().toISOString(),
        run_id: options.runId,
        ...(known ? { session_id: sessionId } : {}),
        tool,
        arguments: null,
        duration_ms: 0,
        is_error: true,
        result_bytes: 0,
        denied: true,
        rule: "max-request-size",
        request_bytes: request.bytes,
        error: requestTooLargeMessage(request.bytes, request.limit, request.complete),
      });
    },
  };

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
    // A session is not idle while a request of its own is open: a call's answer stream, and the GET
    // stream a live client keeps open for notifications (a client that crashed or left closed it).
    const sessionId = req.headers["mcp-session-id"];
    const idle = typeof sessionId === "string" ? sessions.get(sessionId)?.idle : undefined;
    if (idle) res.once("close", idle.busy());
    await routeToSession(req, res, url, { sessions, newSession, bodyLimit });
  }

  // POSTs being answered: closing waits (briefly) for their answers to be written out.
  const answering = new Set<Promise<void>>();
  const httpServer = http.createServer((req, res) => {
    if (req.method === "POST") {
      const answered = new Promise<void>((resolve) => {
        res.once("finish", resolve);
        res.once("close", resolve);
      });
      answering.add(answered);
      void answered.then(() => answering.delete(answered));
    }
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
    close(reason = "the sandbox proxy is closing") {
      closing ??= (async () => {
        closed = true;
        // Calls in flight are answered first, each with a JSON-RPC error naming the reason, and
        // those answers written out: ending a session ends its response streams unanswered.
        const deadline = performance.now() + STOP_ANSWER_MS;
        await calls.stop(reason, STOP_ANSWER_MS);
        if (answering.size > 0) {
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([
            Promise.allSettled([...answering]),
            new Promise((resolve) => {
              timer = setTimeout(resolve, Math.max(100, deadline - performance.now()));
            }),
          ]);
          clearTimeout(timer);
        }
        const open = [...sessions.values()];
        await Promise.allSettled(open.map((session) => session.server.close()));
        sessions.clear();
        // Closing the sessions released their leases; whatever is left is released here (a lease
        // still on its way is given back when it arrives: holdingOf sees `closed`).
        for (const holding of [...holdings.values()]) {
          holding.sessions.clear();
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
