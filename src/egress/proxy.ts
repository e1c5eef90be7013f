// The host-side egress proxy for `network: allowlist`. The sandbox has no route out; its only way
// to the network is this proxy's unix socket, bound into it (and a byte-for-byte forwarder inside
// that HTTP_PROXY/HTTPS_PROXY point at). It speaks HTTP/1.1: CONNECT tunnels (HTTPS and anything
// else in TLS) and plain HTTP requests in absolute form. Every request gets a verdict from the
// allowlist (src/egress/policy.ts) and the connection goes to the very address that was checked,
// never to a name resolved a second time (DNS rebinding).
import { chmodSync } from "node:fs";
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import http from "node:http";
import { type AddressInfo, connect, type ListenOptions, type Socket } from "node:net";
import type { Duplex } from "node:stream";
import { pipeline } from "node:stream";
import { type Allowlist, parseAllowlist } from "./allowlist.js";
import type { EgressDecision } from "./decision.js";
import { decide, parseAbsoluteUrl, parseAuthority, type ResolveOverride, type Verdict } from "./policy.js";

export interface EgressProxyOptions {
  /** the `allowed-domains` entries, as written */
  allowedDomains: readonly string[];
  /** where to listen: `{ path }` for the unix socket the sandbox gets, or a TCP address (tests) */
  listen: ListenOptions;
  /** file mode of the unix socket (the sandbox user must be able to connect) */
  socketMode?: number;
  /** every decision, allowed or denied */
  onDecision?: (decision: EgressDecision) => void;
  /** TEST ONLY: resolve host names without DNS. Code-only; nothing in a config reaches it. */
  resolveOverride?: ResolveOverride;
  /** DNS answer and TCP connect, each (default 10 s) */
  connectTimeoutMs?: number;
  /** a tunnel or request with no traffic for this long is closed (default 5 min) */
  idleTimeoutMs?: number;
  /** the request head must arrive within this (default 30 s) */
  headersTimeoutMs?: number;
  /** largest request head (default 16 KiB) */
  maxHeaderBytes?: number;
  /** connections from the sandbox at once (default 256) */
  maxConnections?: number;
}

export interface EgressProxy {
  readonly address: string | AddressInfo;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authorization",
  "proxy-authenticate",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "expect",
]);

function endToEnd(headers: IncomingHttpHeaders, distinct: NodeJS.Dict<string[]>): OutgoingHttpHeaders {
  const listed = new Set(
    String(headers.connection ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  const out: OutgoingHttpHeaders = {};
  for (const [name, values] of Object.entries(distinct)) {
    if (!values || HOP_BY_HOP.has(name) || listed.has(name)) continue;
    out[name] = values.length === 1 ? values[0] : values;
  }
  return out;
}

/** The body a refused request gets: it tells the agent what happened and what would fix it. */
export function refusalText(verdict: Verdict & { allowed: false }): string {
  const what = `${verdict.host}:${verdict.port}`;
  if (verdict.status === 403) {
    return [
      `sandbox-action: the sandbox's network policy (network: allowlist) refused the request to ${what}.`,
      `Reason: ${verdict.rule}.`,
      "Only HTTP and HTTPS through this proxy to the hosts in allowed-domains leave the sandbox; if this host is needed, the run's allowed-domains must list it.",
      "",
    ].join("\n");
  }
  return `sandbox-action: the egress proxy could not reach ${what}: ${verdict.rule}.\n`;
}

function statusLine(status: number): string {
  const text: Record<number, string> = {
    400: "Bad Request",
    408: "Request Timeout",
    403: "Forbidden",
    431: "Request Header Fields Too Large",
    501: "Not Implemented",
    502: "Bad Gateway",
    504: "Gateway Timeout",
  };
  return `HTTP/1.1 ${status} ${text[status] ?? "Error"}`;
}

/** A complete plain-text response on a raw socket, then close. */
function rawRespond(socket: Duplex, status: number, body: string): void {
  if (socket.destroyed || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(
    `${statusLine(status)}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  // a client that never reads must not keep the socket
  setTimeout(() => socket.destroy(), 5_000).unref();
}

function respond(res: ServerResponse, status: number, body: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    connection: "close",
  });
  res.end(body);
}

/** Connects to the first address that answers, each within the timeout. */
function connectFirst(addresses: string[], port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    let index = 0;
    let lastError: Error | undefined;
    const next = () => {
      const address = addresses[index++];
      if (address === undefined) {
        reject(lastError ?? new Error("no address"));
        return;
      }
      const socket = connect({ host: address, port });
      const timer = setTimeout(() => {
        lastError = Object.assign(new Error(`connect to ${address} timed out after ${timeoutMs} ms`), {
          code: "ETIMEDOUT",
        });
        socket.destroy();
        next();
      }, timeoutMs);
      socket.once("connect", () => {
        clearTimeout(timer);
        socket.removeAllListeners("error");
        resolve(socket);
      });
      socket.once("error", (error) => {
        clearTimeout(timer);
        lastError = error;
        next();
      });
    };
    next();
  });
}

export async function startEgressProxy(options: EgressProxyOptions): Promise<EgressProxy> {
  const allowlist: Allowlist = parseAllowlist(options.allowedDomains);
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 300_000;
  const sockets = new Set<Duplex>();
  const track = (socket: Duplex) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  };
  const record = (verdict: Verdict, method: string, address?: string) => {
    if (!options.onDecision) return;
    try {
      options.onDecision({
        time: new Date().toISOString(),
        host: verdict.host,
        port: verdict.port,
        method,
        allowed: verdict.allowed,
        rule: verdict.rule,
        ...(address ? { address } : {}),
      });
    } catch {
      // a failing audit sink must not take the proxy down
    }
  };
  const judge = async (target: { host: string; port: number }, method: string) => {
    const verdict = await decide(allowlist, target, {
      resolveOverride: options.resolveOverride,
      lookupTimeoutMs: connectTimeoutMs,
    });
    record(verdict, method, verdict.allowed ? verdict.addresses[0] : verdict.address);
    return verdict;
  };

  const server = http.createServer({
    maxHeaderSize: options.maxHeaderBytes ?? 16 * 1024,
    headersTimeout: options.headersTimeoutMs ?? 30_000,
    requestTimeout: 0, // bodies may take long; idleness is bounded per socket instead
    keepAliveTimeout: 5_000,
    requireHostHeader: false,
    // how often headersTimeout is enforced (Node's default, 30 s, would let a slow head linger)
    connectionsCheckingInterval: Math.min(1_000, options.headersTimeoutMs ?? 30_000),
  });
  server.maxConnections = options.maxConnections ?? 256;
  server.on("connection", (socket: Socket) => {
    track(socket);
    socket.setTimeout(idleTimeoutMs, () => socket.destroy());
  });

  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "HPE_HEADER_OVERFLOW") {
      rawRespond(socket, 431, "sandbox-action egress proxy: the request head is too large\n");
    } else if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") {
      rawRespond(socket, 408, "sandbox-action egress proxy: the request head did not arrive in time\n");
    } else {
      rawRespond(
        socket,
        400,
        `sandbox-action egress proxy: malformed request (${error.code ?? error.message})\n`,
      );
    }
  });

  // Plain HTTP: GET http://host/path HTTP/1.1
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const target = parseAbsoluteUrl(req.url ?? "");
    if ("error" in target) {
      req.resume();
      respond(res, 400, `sandbox-action egress proxy: ${target.error}\n`);
      return;
    }
    req.pause();
    void (async () => {
      const verdict = await judge(target, req.method ?? "GET");
      if (!verdict.allowed) {
        req.resume();
        respond(res, verdict.status, refusalText(verdict));
        return;
      }
      let socket: Socket;
      try {
        socket = await connectFirst(verdict.addresses, target.port, connectTimeoutMs);
      } catch (error) {
        req.resume();
        respond(
          res,
          502,
          `sandbox-action egress proxy: cannot connect to ${target.host}:${target.port}: ${(error as Error).message}\n`,
        );
        return;
      }
      if (res.destroyed || req.destroyed) {
        socket.destroy();
        return;
      }
      track(socket);
      socket.setTimeout(idleTimeoutMs, () => socket.destroy());
      const headers = endToEnd(req.headers, req.headersDistinct);
      // The Host the URL named: a different Host header must not pick another site on that address.
      const name = target.host.includes(":") ? `[${target.host}]` : target.host;
      headers.host = target.port === 80 ? name : `${name}:${target.port}`;
      const upstream = http.request({
        method: req.method,
        path: target.path,
        headers,
        setHost: false,
        createConnection: () => socket,
      });
      upstream.on("response", (upstreamRes) => {
        if (res.destroyed) {
          upstreamRes.destroy();
          return;
        }
        res.writeHead(
          upstreamRes.statusCode ?? 502,
          upstreamRes.statusMessage,
          endToEnd(upstreamRes.headers, upstreamRes.headersDistinct),
        );
        pipeline(upstreamRes, res, () => socket.destroy());
      });
      upstream.on("error", (error) => {
        socket.destroy();
        respond(
          res,
          502,
          `sandbox-action egress proxy: ${target.host}:${target.port} failed: ${error.message}\n`,
        );
      });
      res.on("close", () => {
        if (!res.writableFinished) upstream.destroy();
      });
      pipeline(req, upstream, (error) => {
        if (error) upstream.destroy();
      });
    })().catch(() => res.destroy());
  });

  // HTTPS (and any TLS): CONNECT host:443 HTTP/1.1
  server.on("connect", (req: IncomingMessage, client: Duplex, head: Buffer) => {
    client.on("error", () => client.destroy());
    const target = parseAuthority(req.url ?? "");
    if (!target) {
      rawRespond(client, 400, "sandbox-action egress proxy: CONNECT needs host:port\n");
      return;
    }
    void (async () => {
      const verdict = await judge(target, "CONNECT");
      if (!verdict.allowed) {
        rawRespond(client, verdict.status, refusalText(verdict));
        return;
      }
      let upstream: Socket;
      try {
        upstream = await connectFirst(verdict.addresses, target.port, connectTimeoutMs);
      } catch (error) {
        rawRespond(
          client,
          502,
          `sandbox-action egress proxy: cannot connect to ${target.host}:${target.port}: ${(error as Error).message}\n`,
        );
        return;
      }
      if (client.destroyed) {
        upstream.destroy();
        return;
      }
      track(upstream);
      upstream.setTimeout(idleTimeoutMs, () => upstream.destroy());
      upstream.on("error", () => client.destroy());
      upstream.on("close", () => client.destroy());
      client.on("close", () => upstream.destroy());
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length > 0) upstream.write(head);
      client.pipe(upstream);
      upstream.pipe(client);
    })().catch(() => client.destroy());
  });

  // Upgrade over plain HTTP (ws://) is not forwarded; wss:// works through CONNECT.
  server.on("upgrade", (_req: IncomingMessage, socket: Duplex) => {
    socket.on("error", () => socket.destroy());
    rawRespond(
      socket,
      501,
      "sandbox-action egress proxy: protocol upgrades over plain HTTP are not supported; use https/wss (CONNECT)\n",
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    const previous = options.listen.path !== undefined ? process.umask(0o177) : undefined;
    try {
      server.listen(options.listen, () => {
        server.off("error", reject);
        resolve();
      });
    } finally {
      if (previous !== undefined) process.umask(previous);
    }
  });
  if (options.listen.path !== undefined && options.socketMode !== undefined) {
    chmodSync(options.listen.path, options.socketMode);
  }
  server.on("error", () => {});

  let closing: Promise<void> | undefined;
  return {
    address: server.address() as string | AddressInfo,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
