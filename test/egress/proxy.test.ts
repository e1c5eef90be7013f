// The egress proxy against real loopback servers, over its real unix socket: plain HTTP forwarding,
// CONNECT tunnels to a TLS server, refusals with their 403 bodies, limits, and clients that
// misbehave. Test domains reach the servers only through the code-only resolveOverride.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer as createHttpServer, type IncomingHttpHeaders, request, type Server } from "node:http";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer as createTlsServer, type Server as TlsServer, connect as tlsConnect } from "node:tls";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { EgressDecision } from "../../src/egress/decision.js";
import { type EgressProxy, startEgressProxy } from "../../src/egress/proxy.js";
import { generateIdentity } from "../../src/mtls/identity.js";

// 127.0.0.2 is listed explicitly (so names may resolve to it); 127.0.0.1 is not.
const SERVER_IP = "127.0.0.2";

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  aborted: boolean;
}

let httpServer: Server;
let httpPort = 0;
let tlsServer: TlsServer;
let tlsPort = 0;
let loopbackServer: Server;
let loopbackPort = 0;
const seen: Seen[] = [];
let tlsCa = "";
let dir = "";

beforeAll(async () => {
  httpServer = createHttpServer((req, res) => {
    let body = "";
    const entry: Seen = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body,
      aborted: false,
    };
    seen.push(entry);
    req.on("data", (chunk) => {
      entry.body += chunk;
    });
    req.on("aborted", () => {
      entry.aborted = true;
    });
    req.on("end", () => {
      body = entry.body;
      res.writeHead(200, {
        "content-type": "text/plain",
        connection: "keep-alive",
        "keep-alive": "timeout=99",
        "x-upstream": "yes",
      });
      res.end(`hello from upstream: ${req.method} ${req.url} ${body}`);
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, SERVER_IP, resolve));
  httpPort = (httpServer.address() as { port: number }).port;

  const identity = generateIdentity("server");
  tlsCa = identity.caCertPem;
  tlsServer = createTlsServer({ key: identity.keyPem, cert: identity.certPem }, (socket) => {
    socket.on("error", () => {});
    socket.end("hello over tls\n");
  });
  await new Promise<void>((resolve) => tlsServer.listen(0, SERVER_IP, resolve));
  tlsPort = (tlsServer.address() as { port: number }).port;

  loopbackServer = createHttpServer((_req, res) => res.end("reached the host's loopback"));
  await new Promise<void>((resolve) => loopbackServer.listen(0, "127.0.0.1", resolve));
  loopbackPort = (loopbackServer.address() as { port: number }).port;
  dir = mkdtempSync(join(tmpdir(), "sbx-egress-"));
});

afterAll(() => {
  httpServer?.close();
  tlsServer?.close();
  loopbackServer?.close();
  rmSync(dir, { recursive: true, force: true });
});

let proxy: EgressProxy | undefined;
let decisions: EgressDecision[] = [];
let socketPath = "";
let counter = 0;

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

async function start(options: Partial<Parameters<typeof startEgressProxy>[0]> = {}) {
  decisions = [];
  socketPath = join(dir, `egress-${counter++}.sock`);
  proxy = await startEgressProxy({
    allowedDomains: [
      `allowed.test:${httpPort}`,
      `tls.test:${tlsPort}`,
      `loopback.test:${loopbackPort}`,
      SERVER_IP,
    ],
    listen: { path: socketPath },
    onDecision: (d) => decisions.push(d),
    resolveOverride: (host) =>
      ({
        "allowed.test": [SERVER_IP],
        "tls.test": [SERVER_IP],
        "loopback.test": ["127.0.0.1"],
      })[host],
    ...options,
  });
  return proxy;
}

function get(url: string, headers: Record<string, string> = {}, method = "GET", body?: string) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = request({ socketPath, path: url, method, headers, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => {
        text += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

function connectVia(authority: string) {
  return new Promise<{ status: number; socket: Socket; body: string }>((resolve, reject) => {
    const req = request({ socketPath, method: "CONNECT", path: authority, agent: false });
    req.on("connect", (res, socket, head) => {
      if (res.statusCode === 200) {
        resolve({ status: 200, socket, body: "" });
        return;
      }
      let text = head.toString();
      socket.on("data", (c) => {
        text += c;
      });
      socket.on("close", () => resolve({ status: res.statusCode ?? 0, socket, body: text }));
    });
    req.on("response", (res) => {
      // Node delivers non-2xx CONNECT answers here on some versions
      let text = "";
      res.on("data", (c) => {
        text += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, socket: res.socket as Socket, body: text }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Sends raw bytes and collects whatever comes back until the proxy closes. */
function raw(bytes: string, { endAfterWrite = false, waitMs = 3_000 } = {}) {
  return new Promise<string>((resolve) => {
    const socket = connect(socketPath);
    let text = "";
    socket.on("data", (c) => {
      text += c;
    });
    socket.on("error", () => {});
    socket.on("close", () => resolve(text));
    socket.write(bytes);
    if (endAfterWrite) socket.end();
    setTimeout(() => {
      socket.destroy();
    }, waitMs);
  });
}

describe("egress proxy: allowed traffic", () => {
  it("forwards plain HTTP to the checked address, stripping hop-by-hop and proxy headers", async () => {
    await start();
    seen.length = 0;
    const res = await get(
      `http://allowed.test:${httpPort}/path?q=1`,
      {
        "proxy-authorization": "Basic c2VjcmV0",
        "proxy-connection": "keep-alive",
        connection: "x-drop-me",
        "x-drop-me": "1",
        "x-keep": "kept",
        host: "evil.example",
      },
      "POST",
      "payload",
    );
    expect(res.status).toBe(200);
    expect(res.body).toBe("hello from upstream: POST /path?q=1 payload");
    expect(res.headers["x-upstream"]).toBe("yes");
    expect(res.headers["keep-alive"]).not.toBe("timeout=99"); // the upstream's, not forwarded
    const upstream = seen.at(-1) as Seen;
    expect(upstream.url).toBe("/path?q=1");
    expect(upstream.headers["x-keep"]).toBe("kept");
    expect(upstream.headers["proxy-authorization"]).toBeUndefined();
    expect(upstream.headers["proxy-connection"]).toBeUndefined();
    expect(upstream.headers["x-drop-me"]).toBeUndefined();
    // the Host is the URL's, so a forged Host cannot pick another site on the same address
    expect(upstream.headers.host).toBe(`allowed.test:${httpPort}`);
    expect(decisions).toEqual([
      expect.objectContaining({
        host: "allowed.test",
        port: httpPort,
        method: "POST",
        allowed: true,
        rule: `allowed.test:${httpPort} (address allowed by ${SERVER_IP})`,
        address: SERVER_IP,
      }),
    ]);
    expect(decisions[0]?.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("tunnels CONNECT to a TLS server, bytes both ways", async () => {
    await start();
    const { status, socket } = await connectVia(`tls.test:${tlsPort}`);
    expect(status).toBe(200);
    const text = await new Promise<string>((resolve, reject) => {
      const tls = tlsConnect({
        socket,
        ca: tlsCa,
        servername: "tls.test",
        checkServerIdentity: () => undefined,
      });
      let out = "";
      tls.on("data", (c) => {
        out += c;
      });
      tls.on("end", () => resolve(out));
      tls.on("error", reject);
    });
    expect(text).toBe("hello over tls\n");
    expect(decisions).toEqual([
      expect.objectContaining({ host: "tls.test", method: "CONNECT", allowed: true, address: SERVER_IP }),
    ]);
  });

  it("sends bytes that arrive with the CONNECT head on to the server", async () => {
    await start();
    // The request and the first bytes of the tunnel in one write: the proxy must not lose them.
    const reply = await raw(
      `CONNECT allowed.test:${httpPort} HTTP/1.1\r\nHost: allowed.test\r\n\r\nGET /early HTTP/1.1\r\nHost: allowed.test\r\nConnection: close\r\n\r\n`,
      { waitMs: 500 },
    );
    expect(reply).toMatch(/^HTTP\/1\.1 200 Connection Established\r\n\r\nHTTP\/1\.1 200 OK/);
    expect(reply).toContain("hello from upstream: GET /early");
  });
});

describe("egress proxy: refusals", () => {
  it("answers 403 with a body naming the policy, host:port and reason, for plain HTTP and CONNECT", async () => {
    await start();
    const plain = await get("http://not-listed.test/");
    expect(plain.status).toBe(403);
    expect(plain.headers["content-type"]).toMatch(/^text\/plain/);
    expect(plain.body).toContain("network policy");
    expect(plain.body).toContain("not-listed.test:80");
    expect(plain.body).toContain("not-listed.test is not in allowed-domains");
    const tunnel = await connectVia("not-listed.test:443");
    expect(tunnel.status).toBe(403);
    expect(tunnel.body).toContain("not-listed.test:443");
    expect(decisions.map((d) => [d.host, d.method, d.allowed])).toEqual([
      ["not-listed.test", "GET", false],
      ["not-listed.test", "CONNECT", false],
    ]);
  });

  it("refuses the host's loopback: an IP literal, and a listed name that resolves to it", async () => {
    await start();
    const literal = await get(`http://127.0.0.1:${loopbackPort}/`);
    expect(literal.status).toBe(403);
    expect(literal.body).not.toContain("reached the host's loopback");
    expect(literal.body).toMatch(/IP address 127\.0\.0\.1 \(loopback\) is not in allowed-domains/);
    const named = await connectVia(`loopback.test:${loopbackPort}`);
    expect(named.status).toBe(403);
    expect(named.body).toMatch(/resolves to 127\.0\.0\.1, a loopback address/);
    const v6 = await connectVia(`[::1]:${loopbackPort}`);
    expect(v6.status).toBe(403);
    const metadata = await get("http://169.254.169.254/latest/meta-data/");
    expect(metadata.status).toBe(403);
    expect(metadata.body).toContain("cloud metadata");
    expect(decisions.every((d) => !d.allowed)).toBe(true);
    expect(decisions.find((d) => d.host === "loopback.test")?.address).toBe("127.0.0.1");
  });

  it("answers 502 (not 403) when an allowed host cannot be reached", async () => {
    const closed = createHttpServer();
    await new Promise<void>((resolve) => closed.listen(0, SERVER_IP, resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    await start({ allowedDomains: [`gone.test:${port}`, SERVER_IP], resolveOverride: () => [SERVER_IP] });
    const res = await get(`http://gone.test:${port}/`);
    expect(res.status).toBe(502);
    expect(res.body).toMatch(/cannot connect to gone\.test/);
  });

  it("refuses origin-form requests, other schemes and upgrades over plain HTTP", async () => {
    await start();
    expect((await get("/just-a-path")).status).toBe(400);
    expect((await get("ftp://allowed.test/")).status).toBe(400);
    const upgrade = await raw(
      `GET http://allowed.test:${httpPort}/ HTTP/1.1\r\nHost: allowed.test\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`,
    );
    expect(upgrade).toMatch(/^HTTP\/1\.1 501/);
  });
});

describe("egress proxy: bounds and bad input", () => {
  it("answers 431 to a request head over the limit", async () => {
    await start({ maxHeaderBytes: 4096 });
    const reply = await raw(
      `GET http://allowed.test:${httpPort}/ HTTP/1.1\r\nHost: a\r\nX-Big: ${"a".repeat(8000)}\r\n\r\n`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 431/);
    expect((await get(`http://allowed.test:${httpPort}/`)).status).toBe(200);
  });

  it("answers 400 to garbage and a malformed CONNECT, and keeps serving", async () => {
    await start();
    expect(await raw("\u0000\u0001 not http at all\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw("CONNECT nohostport HTTP/1.1\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw("CONNECT user@allowed.test:443 HTTP/1.1\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
    expect((await get(`http://allowed.test:${httpPort}/`)).status).toBe(200);
  });

  it("survives a client that disconnects mid-request; the upstream request is aborted", async () => {
    await start();
    seen.length = 0;
    await raw(
      `POST http://allowed.test:${httpPort}/partial HTTP/1.1\r\nHost: allowed.test\r\nContent-Length: 100000\r\n\r\nonly-a-little`,
      { waitMs: 300 },
    );
    // and one that disconnects in the middle of its head, and one in the middle of a tunnel
    await raw(`GET http://allowed.test:${httpPort}/ HTTP/1.1\r\nHost: al`, { waitMs: 100 });
    const { socket } = await connectVia(`allowed.test:${httpPort}`);
    socket.write("GET / HT");
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.find((s) => s.url === "/partial")?.aborted).toBe(true);
    expect((await get(`http://allowed.test:${httpPort}/after`)).body).toContain("/after");
  });

  it("closes a request head that trickles in too slowly, and idle tunnels", async () => {
    await start({ headersTimeoutMs: 500, idleTimeoutMs: 700 });
    const started = performance.now();
    const reply = await raw("GET http://allowed.test/ HTTP/1.1\r\nHost: allowed.test\r\n", {
      waitMs: 10_000,
    });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(reply === "" || /^HTTP\/1\.1 408/.test(reply)).toBe(true);
    const { socket } = await connectVia(`allowed.test:${httpPort}`);
    const closedAfter = await new Promise<number>((resolve) => {
      const t0 = performance.now();
      socket.on("close", () => resolve(performance.now() - t0));
    });
    expect(closedAfter).toBeLessThan(3_000);
  });

  it("close() drops open tunnels and removes the listener", async () => {
    const p = await start();
    const { socket } = await connectVia(`allowed.test:${httpPort}`);
    const closed = new Promise((resolve) => socket.on("close", resolve));
    await p.close();
    await closed;
    await expect(get(`http://allowed.test:${httpPort}/`)).rejects.toThrow();
  });

  it("creates its unix socket private unless told otherwise", async () => {
    await start();
    expect(statSync(socketPath).mode & 0o777).toBe(0o600);
    await proxy?.close();
    await start({ socketMode: 0o666 });
    expect(statSync(socketPath).mode & 0o777).toBe(0o666);
  });

  it("a throwing onDecision does not break the proxy", async () => {
    await start({
      onDecision: () => {
        throw new Error("audit sink failed");
      },
    });
    expect((await get(`http://allowed.test:${httpPort}/`)).status).toBe(200);
  });
});
