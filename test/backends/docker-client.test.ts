// The Docker Engine API client: environment parsing, stream demultiplexing and error mapping against
// fake engines (unix socket and mutual TLS), then the real engine (Docker or Podman's compatible
// API): version negotiation, attach before start, exec with stdin and half-close, copy in, errors.
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import forge from "node-forge";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectDocker,
  DOCKER_API_MAX,
  type DockerClient,
  demux,
  describeEndpoint,
  isPodman,
  pingDocker,
  resolveDockerEndpoint,
} from "../../src/backends/docker/client.js";
import type { DockerEndpoint } from "../../src/backends/docker/endpoint.js";
import {
  DockerApiError,
  DockerTimeoutError,
  DockerUnreachableError,
} from "../../src/backends/docker/errors.js";
import { SandboxError } from "../../src/backends/types.js";
import { engineAvailable, TEST_IMAGES, testDockerHost } from "../support/engines.js";

const scratch = mkdtempSync(join(tmpdir(), "sbx-docker-client-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function collect(stream: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => parts.push(chunk));
    stream.once("end", () => resolve(Buffer.concat(parts).toString()));
    stream.once("error", reject);
  });
}

function frame(type: number, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

describe("resolveDockerEndpoint", () => {
  let pems: string;
  beforeAll(() => {
    pems = mkdtempSync(join(scratch, "pems-"));
    for (const name of ["ca.pem", "cert.pem", "key.pem"]) writeFileSync(join(pems, name), `${name}\n`);
  });

  it("defaults to /var/run/docker.sock", () => {
    expect(resolveDockerEndpoint({})).toEqual({ kind: "unix", socketPath: "/var/run/docker.sock" });
    expect(resolveDockerEndpoint({ DOCKER_HOST: "" })).toEqual({
      kind: "unix",
      socketPath: "/var/run/docker.sock",
    });
    expect(resolveDockerEndpoint({ DOCKER_HOST: "unix://" })).toEqual({
      kind: "unix",
      socketPath: "/var/run/docker.sock",
    });
  });

  it("reads unix:// and tcp:// addresses, with Docker's default ports", () => {
    expect(resolveDockerEndpoint({ DOCKER_HOST: "unix:///run/podman/podman.sock" })).toEqual({
      kind: "unix",
      socketPath: "/run/podman/podman.sock",
    });
    expect(resolveDockerEndpoint({ DOCKER_HOST: "tcp://docker.example:1234" })).toEqual({
      kind: "tcp",
      host: "docker.example",
      port: 1234,
    });
    expect(resolveDockerEndpoint({ DOCKER_HOST: "tcp://10.0.0.5" })).toEqual({
      kind: "tcp",
      host: "10.0.0.5",
      port: 2375,
    });
    expect(resolveDockerEndpoint({ DOCKER_HOST: "tcp://[::1]:2380" })).toEqual({
      kind: "tcp",
      host: "::1",
      port: 2380,
    });
  });

  it("turns TLS on with DOCKER_TLS_VERIFY, reading the three PEM files", () => {
    const endpoint = resolveDockerEndpoint({
      DOCKER_HOST: "tcp://docker.example",
      DOCKER_TLS_VERIFY: "1",
      DOCKER_CERT_PATH: pems,
    });
    expect(endpoint).toEqual({
      kind: "tcp",
      host: "docker.example",
      port: 2376,
      tls: {
        ca: Buffer.from("ca.pem\n"),
        cert: Buffer.from("cert.pem\n"),
        key: Buffer.from("key.pem\n"),
        verify: true,
      },
    });
    expect(describeEndpoint(endpoint)).toBe("tcp://docker.example:2376");
    expect(describeEndpoint({ kind: "tcp", host: "::1", port: 2376 })).toBe("tcp://[::1]:2376");
    expect(describeEndpoint({ kind: "unix", socketPath: "/s.sock" })).toBe("unix:///s.sock");
  });

  it("uses TLS without verification when only DOCKER_CERT_PATH is set, and ~/.docker by default", () => {
    const endpoint = resolveDockerEndpoint({ DOCKER_HOST: "tcp://h:2376", DOCKER_CERT_PATH: pems });
    expect(endpoint.kind === "tcp" && endpoint.tls).toEqual({
      cert: Buffer.from("cert.pem\n"),
      key: Buffer.from("key.pem\n"),
      verify: false,
    });
    const home = join(scratch, "home");
    expect(() =>
      resolveDockerEndpoint({ DOCKER_HOST: "tcp://h", DOCKER_TLS_VERIFY: "1", HOME: home }),
    ).toThrow(join(home, ".docker", "ca.pem"));
  });

  it("reads no certificate when TLS is off", () => {
    expect(resolveDockerEndpoint({ DOCKER_HOST: "tcp://h:2375", HOME: join(scratch, "nowhere") })).toEqual({
      kind: "tcp",
      host: "h",
      port: 2375,
    });
  });

  it("names the missing certificate file", () => {
    const empty = mkdtempSync(join(scratch, "empty-"));
    const attempt = () =>
      resolveDockerEndpoint({ DOCKER_HOST: "tcp://h", DOCKER_TLS_VERIFY: "1", DOCKER_CERT_PATH: empty });
    expect(attempt).toThrow(SandboxError);
    expect(attempt).toThrow(`${join(empty, "ca.pem")} (ENOENT)`);
  });

  it.each([
    ["/var/run/docker.sock", "no scheme"],
    ["docker.example:2375", "no scheme"],
    ["ssh://me@docker.example", "ssh:// scheme is not supported"],
    ["npipe:////./pipe/docker_engine", "npipe:// scheme is not supported"],
    ["unix://relative.sock", "must be absolute"],
    ["tcp://", "no host"],
    ["tcp://h:2375/path", "takes no path"],
    ["tcp://h:notaport", "not a valid address"],
  ])("refuses DOCKER_HOST=%s", (value, why) => {
    let caught: unknown;
    try {
      resolveDockerEndpoint({ DOCKER_HOST: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SandboxError);
    const error = caught as SandboxError;
    expect(error.message).toContain(`DOCKER_HOST="${value}"`);
    expect(error.message).toContain(why);
    expect(error.hint).toContain("unix:///path/to/docker.sock or tcp://HOST:PORT");
  });
});

describe("demux", () => {
  it("splits frames cut at every byte", async () => {
    const source = new PassThrough();
    const { stdout, stderr } = demux(source);
    const out = collect(stdout);
    const err = collect(stderr);
    const wire = Buffer.concat([frame(1, "hello "), frame(2, "oops"), frame(1, "world"), frame(0, "!")]);
    for (const byte of wire) source.write(Buffer.from([byte]));
    source.end();
    expect(await out).toBe("hello world!");
    expect(await err).toBe("oops");
  });

  it("splits several frames in one chunk, and empty frames", async () => {
    const source = new PassThrough();
    const { stdout, stderr } = demux(source);
    const out = collect(stdout);
    const err = collect(stderr);
    source.end(Buffer.concat([frame(2, "e1"), frame(1, ""), frame(1, "o1"), frame(2, "e2"), frame(1, "o2")]));
    expect(await out).toBe("o1o2");
    expect(await err).toBe("e1e2");
  });

  it("ends both outputs when the source ends, and carries large frames whole", async () => {
    const big = "x".repeat(300_000);
    const { stdout, stderr } = demux(
      Readable.from([frame(1, big).subarray(0, 100), frame(1, big).subarray(100)]),
    );
    const [out, err] = await Promise.all([collect(stdout), collect(stderr)]);
    expect(out).toBe(big);
    expect(err).toBe("");
  });

  it("passes a source error on to both outputs", async () => {
    const source = new PassThrough();
    const { stdout, stderr } = demux(source);
    const out = collect(stdout);
    const err = collect(stderr);
    source.destroy(new Error("connection reset"));
    await expect(out).rejects.toThrow("connection reset");
    await expect(err).rejects.toThrow("connection reset");
  });
});

// A fake engine: /version plus per-test routes, and raw access for hijacked requests.
type Route = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;
type Upgrade = (req: IncomingMessage, socket: Socket, head: Buffer) => void;

interface FakeEngine {
  endpoint: DockerEndpoint;
  routes: Map<string, Route>;
  upgrades: Map<string, Upgrade>;
  seen: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[];
  version: Record<string, unknown>;
  /** whether /_ping sends API-Version (Docker and Podman do) */
  pingVersion: boolean;
  close(): Promise<void>;
}

async function fakeEngine(tls?: { key: string; cert: string; ca: string }): Promise<FakeEngine> {
  const engine = {
    routes: new Map<string, Route>(),
    upgrades: new Map<string, Upgrade>(),
    seen: [] as FakeEngine["seen"],
    version: { ApiVersion: "1.41", MinAPIVersion: "1.24", Version: "fake" } as Record<string, unknown>,
    pingVersion: true,
  };
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const parts: Buffer[] = [];
    req.on("data", (chunk: Buffer) => parts.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(parts);
      const url = req.url ?? "";
      engine.seen.push({ method: req.method ?? "", url, headers: req.headers, body: body.toString() });
      const path = url.split("?")[0] ?? "";
      const route = engine.routes.get(`${req.method} ${path}`);
      if (route) return route(req, res, body);
      if (path === "/_ping") {
        const version = engine.version.ApiVersion;
        res.writeHead(
          200,
          engine.pingVersion && typeof version === "string" ? { "Api-Version": version } : {},
        );
        return res.end("OK");
      }
      if (path === "/version") {
        res.writeHead(200, { "Content-Type": "application/json" });
        return res.end(JSON.stringify(engine.version));
      }
      res.writeHead(404, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ message: `page not found: ${path}` }));
    });
  };
  const server = tls
    ? createHttpsServer({ ...tls, requestCert: true, rejectUnauthorized: true }, onRequest)
    : createHttpServer(onRequest);
  server.on("upgrade", (req: IncomingMessage, socket: Socket, head: Buffer) => {
    engine.seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: "" });
    const handler = engine.upgrades.get(`${req.method} ${(req.url ?? "").split("?")[0]}`);
    if (handler) handler(req, socket, head);
    else
      socket.end(
        'HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 24\r\n\r\n{"message":"no upgrade"}',
      );
  });
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  server.on("secureConnection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  let endpoint: DockerEndpoint;
  if (tls) {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    endpoint = { kind: "tcp", host: "127.0.0.1", port: (server.address() as AddressInfo).port };
  } else {
    const socketPath = join(mkdtempSync(join(scratch, "engine-")), "docker.sock");
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    endpoint = { kind: "unix", socketPath };
  }
  // the same object the handlers read, so tests can change `version` and the routes
  return Object.assign(engine, {
    endpoint,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  });
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(value));
}

describe("client against a fake engine", () => {
  let engine: FakeEngine;
  let client: DockerClient;
  beforeAll(async () => {
    engine = await fakeEngine();
    client = await connectDocker({ endpoint: engine.endpoint });
  });
  afterAll(async () => {
    await client?.close();
    await engine?.close();
  });

  it("tells Podman's service from Docker by its headers", () => {
    expect(client.engine).toBe("docker");
    expect(isPodman({ "libpod-api-version": "4.3.1", server: "Libpod/4.3.1 (linux)" })).toBe(true);
    expect(isPodman({ server: "Libpod/5.0.0 (linux)" })).toBe(true);
    expect(isPodman({ "api-version": "1.47", server: "Docker/27.3.1 (linux)" })).toBe(false);
    expect(isPodman({})).toBe(false);
  });

  it("negotiates down to what the engine speaks, from /_ping's API-Version header", () => {
    expect(client.apiVersion).toBe("1.41");
    expect(engine.seen.map((s) => `${s.method} ${s.url}`)).toEqual(["GET /_ping"]);
  });

  it("falls back to /version when /_ping does not say", async () => {
    engine.pingVersion = false;
    const fallback = await connectDocker({ endpoint: engine.endpoint });
    engine.pingVersion = true;
    expect(fallback.apiVersion).toBe("1.41");
    expect(engine.seen.slice(-2).map((s) => s.url)).toEqual(["/_ping", "/version"]);
    await fallback.close();
  });

  it("speaks at most its own version to a newer engine", async () => {
    engine.version = { ApiVersion: "1.52", MinAPIVersion: "1.40" };
    const newer = await connectDocker({ endpoint: engine.endpoint });
    engine.version = { ApiVersion: "1.41" };
    expect(newer.apiVersion).toBe(DOCKER_API_MAX);
    await newer.close();
  });

  it("refuses engines older than 1.40, and engines that do not say", async () => {
    engine.version = { ApiVersion: "1.39", MinAPIVersion: "1.12" };
    await expect(connectDocker({ endpoint: engine.endpoint })).rejects.toThrow(
      /speaks API 1\.39; sandbox-action needs 1\.40 or newer/,
    );
    engine.version = { Version: "not docker" };
    await expect(connectDocker({ endpoint: engine.endpoint })).rejects.toThrow(
      /did not say which API version/,
    );
    engine.version = { ApiVersion: "1.41", MinAPIVersion: "1.24" };
  });

  it("explains an engine that finds our version too old", async () => {
    engine.routes.set("GET /v1.41/info", (_req, res) =>
      json(res, 400, {
        message:
          "client version 1.41 is too old. Minimum supported API version is 1.50, please upgrade your client",
      }),
    );
    const error = (await client.request("GET", "/info").catch((e: unknown) => e)) as DockerApiError;
    expect(error.status).toBe(400);
    expect(error.hint).toMatch(/upgrade sandbox-action.*min-api-version/);
  });

  it("sends JSON with the version prefix and query, and parses the answer", async () => {
    engine.routes.set("POST /v1.41/containers/create", (_req, res, body) =>
      json(res, 201, { Id: "abc", Echo: JSON.parse(body.toString()) }),
    );
    const created = await client.request<{ Id: string; Echo: unknown }>("POST", "/containers/create", {
      query: { name: "sbx 1", skipped: undefined, flag: true },
      body: { Image: "busybox", Labels: { a: "b" } },
    });
    expect(created).toEqual({ Id: "abc", Echo: { Image: "busybox", Labels: { a: "b" } } });
    const seen = engine.seen.at(-1);
    expect(seen?.url).toBe("/v1.41/containers/create?name=sbx+1&flag=true");
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("returns undefined for an empty answer and sends Buffers as they are", async () => {
    engine.routes.set("PUT /v1.41/containers/abc/archive", (_req, res) => {
      res.writeHead(200);
      res.end();
    });
    const tar = Buffer.from([0, 1, 2, 255]);
    expect(
      await client.request("PUT", "/containers/abc/archive", { query: { path: "/" }, body: tar }),
    ).toBeUndefined();
    expect(engine.seen.at(-1)?.body).toBe(tar.toString());
    expect(engine.seen.at(-1)?.headers["content-type"]).toBeUndefined();
  });

  it("throws DockerApiError with the engine's message, the request and the endpoint", async () => {
    const error = await client.request("GET", "/containers/missing/json").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerApiError);
    expect(error).toBeInstanceOf(SandboxError);
    const api = error as DockerApiError;
    expect(api.status).toBe(404);
    expect(api.engineMessage).toBe("page not found: /v1.41/containers/missing/json");
    expect(api.endpoint).toBe(describeEndpoint(engine.endpoint));
    expect(api.message).toContain(`unix://${(engine.endpoint as { socketPath: string }).socketPath}`);
    expect(api.message).toContain("GET /containers/missing/json (404)");
  });

  it("uses a non-JSON error body as the message", async () => {
    engine.routes.set("GET /v1.41/plain", (_req, res) => {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end("something broke\n");
    });
    await expect(client.request("GET", "/plain")).rejects.toMatchObject({
      status: 500,
      engineMessage: "something broke",
    });
  });

  it("times out slow answers, and waits without limit when told to", async () => {
    engine.routes.set("POST /v1.41/containers/slow/wait", (_req, res) => {
      setTimeout(() => json(res, 200, { StatusCode: 0 }), 400);
    });
    const error = await client
      .request("POST", "/containers/slow/wait", { timeoutMs: 100 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerTimeoutError);
    expect((error as Error).message).toContain("did not answer POST /containers/slow/wait within 100 ms");
    expect(await client.request("POST", "/containers/slow/wait", { timeoutMs: 0 })).toEqual({
      StatusCode: 0,
    });
  });

  it("passes the caller's abort reason through", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("caller gave up")), 50);
    await expect(
      client.request("POST", "/containers/slow/wait", { timeoutMs: 0, signal: controller.signal }),
    ).rejects.toThrow("caller gave up");
  });

  it("streams a body as it comes, and throws for error statuses", async () => {
    engine.routes.set("POST /v1.41/images/create", (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"status":"Pulling"}\n');
      setTimeout(() => res.end('{"status":"Done"}\n'), 50);
    });
    const response = await client.stream("POST", "/images/create", { query: { fromImage: "busybox" } });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(await collect(response.body)).toBe('{"status":"Pulling"}\n{"status":"Done"}\n');
    await expect(client.stream("GET", "/containers/nope/logs")).rejects.toMatchObject({
      status: 404,
      engineMessage: "page not found: /v1.41/containers/nope/logs",
    });
  });

  it.each([
    [
      "101 UPGRADED",
      "HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp",
    ],
    // what Podman answers when the request does not ask to upgrade
    ["200 with a raw stream", "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream"],
  ])("hijacks a %s: bytes after the head come first, end() half-closes", async (_name, head) => {
    engine.upgrades.set("POST /v1.41/exec/e1/start", (req, socket) => {
      expect(req.headers.upgrade).toBe("tcp");
      let input = "";
      // one write, so the first output arrives in the same chunk as the head
      socket.write(Buffer.concat([Buffer.from(`${head}\r\n\r\n`), frame(1, "ready\n")]));
      socket.on("data", (chunk: Buffer) => {
        input += chunk.toString();
      });
      // the engine sees EOF on stdin, answers, then closes
      socket.on("end", () => {
        socket.write(frame(1, `got ${input}`));
        socket.write(frame(2, "bye"));
        socket.end();
      });
    });
    const stream = await client.hijack("POST", "/exec/e1/start", { body: { Detach: false, Tty: false } });
    const { stdout, stderr } = demux(stream);
    const out = collect(stdout);
    const err = collect(stderr);
    stream.write("abc");
    stream.end();
    expect(await out).toBe("ready\ngot abc");
    expect(await err).toBe("bye");
    const seen = engine.seen.findLast((s) => s.url === "/v1.41/exec/e1/start");
    expect(seen?.headers.connection).toMatch(/upgrade/i);
  });

  it("hijacks a 200 answer with a chunked body by de-chunking it", async () => {
    engine.upgrades.set("POST /v1.41/containers/c1/attach", (_req, socket) => {
      socket.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
      const body = frame(1, "chunked output");
      socket.write(`${(5).toString(16)}\r\n`);
      socket.write(Buffer.concat([body.subarray(0, 5), Buffer.from("\r\n")]));
      socket.write(
        `${(body.length - 5).toString(16)};ext=1\r\n${body.subarray(5).toString("latin1")}\r\n0\r\n\r\n`,
        "latin1",
      );
      socket.end();
    });
    const stream = await client.hijack("POST", "/containers/c1/attach", { query: { stream: 1, stdout: 1 } });
    const { stdout } = demux(stream);
    expect(await collect(stdout)).toBe("chunked output");
  });

  it("reads the error body of a refused hijack", async () => {
    engine.upgrades.set("POST /v1.41/exec/stopped/start", (_req, socket) => {
      const body = JSON.stringify({ message: "container is not running" });
      socket.end(
        `HTTP/1.1 409 Conflict\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      );
    });
    await expect(client.hijack("POST", "/exec/stopped/start", { body: {} })).rejects.toMatchObject({
      name: "DockerApiError",
      status: 409,
      engineMessage: "container is not running",
    });
  });

  it("times out a hijack whose answer never comes", async () => {
    engine.upgrades.set("POST /v1.41/containers/hung/attach", () => {});
    const error = await client
      .hijack("POST", "/containers/hung/attach", { timeoutMs: 100 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerTimeoutError);
  });

  it("answers pingDocker", async () => {
    engine.routes.set("GET /_ping", (_req, res) => {
      res.writeHead(200, { "Api-Version": "1.41" });
      res.end("OK");
    });
    expect(await pingDocker(engine.endpoint)).toEqual({ ok: true });
  });
});

describe("unreachable engines", () => {
  it("names a socket that does not exist", async () => {
    const endpoint: DockerEndpoint = { kind: "unix", socketPath: join(scratch, "missing.sock") };
    const error = await connectDocker({ endpoint }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerUnreachableError);
    expect(error).toBeInstanceOf(SandboxError);
    const unreachable = error as DockerUnreachableError;
    expect(unreachable.message).toContain(`the socket ${endpoint.socketPath} does not exist (ENOENT)`);
    expect(unreachable.hint).toMatch(/start Docker/);
    expect(unreachable.hint).toMatch(/DOCKER_HOST/);
    expect(unreachable.endpoint).toBe(`unix://${endpoint.socketPath}`);
    const ping = await pingDocker(endpoint);
    expect(ping.ok).toBe(false);
    expect(!ping.ok && ping.reason).toContain(`${endpoint.socketPath} does not exist (ENOENT)`);
  });

  it("names a socket nobody listens on", async () => {
    // connecting to a file that is not a listening socket gives ECONNREFUSED, as for a dead daemon
    const socketPath = join(scratch, "dead.sock");
    writeFileSync(socketPath, "");
    const error = await connectDocker({ env: { DOCKER_HOST: `unix://${socketPath}` } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DockerUnreachableError);
    expect((error as Error).message).toContain(`nothing listens at the socket ${socketPath} (ECONNREFUSED)`);
    const ping = await pingDocker({ kind: "unix", socketPath });
    expect(!ping.ok && ping.reason).toContain("ECONNREFUSED");
  });

  it("gives up on an engine that never answers", async () => {
    const engine = await fakeEngine();
    engine.routes.set("GET /version", () => {});
    engine.routes.set("GET /_ping", () => {});
    const started = Date.now();
    const error = await connectDocker({ endpoint: engine.endpoint, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerUnreachableError);
    expect((error as Error).message).toContain("no answer within 200 ms");
    expect(Date.now() - started).toBeLessThan(2000);
    const ping = await pingDocker(engine.endpoint, 100);
    expect(!ping.ok && ping.reason).toContain("no answer within 100 ms");
    await engine.close();
  });
});

// A throwaway CA with a server certificate for 127.0.0.1 and a client certificate.
function makePki(): {
  ca: string;
  server: { cert: string; key: string };
  client: { cert: string; key: string };
} {
  const { pki } = forge;
  const keys = () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const key = pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
    return { key, publicKey: pki.setRsaPublicKey(key.n, key.e) };
  };
  const issue = (
    subject: string,
    signer: { key: forge.pki.rsa.PrivateKey; name: forge.pki.CertificateField[] } | undefined,
    extensions: object[],
  ) => {
    const pair = keys();
    const cert = pki.createCertificate();
    cert.publicKey = pair.publicKey;
    cert.serialNumber = String(Math.floor(Math.random() * 1e9) + 1);
    cert.validity.notBefore = new Date(Date.now() - 60_000);
    cert.validity.notAfter = new Date(Date.now() + 3_600_000);
    const name = [{ name: "commonName", value: subject }];
    cert.setSubject(name);
    cert.setIssuer(signer?.name ?? name);
    cert.setExtensions(extensions);
    cert.sign(signer?.key ?? pair.key, forge.md.sha256.create());
    return { cert, key: pair.key, name };
  };
  const ca = issue("sbx test CA", undefined, [
    { name: "basicConstraints", cA: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true },
  ]);
  const signer = { key: ca.key, name: ca.name };
  const server = issue("127.0.0.1", signer, [
    { name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] },
  ]);
  const client = issue("client", signer, [{ name: "extKeyUsage", clientAuth: true }]);
  const pem = (issued: { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey }) => ({
    cert: pki.certificateToPem(issued.cert),
    key: pki.privateKeyToPem(issued.key),
  });
  return { ca: pki.certificateToPem(ca.cert), server: pem(server), client: pem(client) };
}

describe("client over mutual TLS", () => {
  let engine: FakeEngine;
  let certPath: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    const pki = makePki();
    engine = await fakeEngine({ ...pki.server, ca: pki.ca });
    certPath = mkdtempSync(join(scratch, "tls-"));
    writeFileSync(join(certPath, "ca.pem"), pki.ca);
    writeFileSync(join(certPath, "cert.pem"), pki.client.cert);
    writeFileSync(join(certPath, "key.pem"), pki.client.key);
    const { port } = engine.endpoint as { port: number };
    env = { DOCKER_HOST: `tcp://127.0.0.1:${port}`, DOCKER_TLS_VERIFY: "1", DOCKER_CERT_PATH: certPath };
  });
  afterAll(async () => engine?.close());

  it("negotiates, requests, hijacks with half-close and pings", async () => {
    const client = await connectDocker({ env });
    expect(client.apiVersion).toBe("1.41");
    expect(client.endpoint).toMatchObject({ kind: "tcp", host: "127.0.0.1", tls: { verify: true } });
    expect(await client.request("GET", "/missing").catch((e: DockerApiError) => e.status)).toBe(404);
    engine.upgrades.set("POST /v1.41/exec/t1/start", (_req, socket) => {
      socket.write("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n");
      let input = "";
      socket.on("data", (chunk: Buffer) => {
        input += chunk.toString();
      });
      socket.on("end", () => socket.end(frame(1, input.toUpperCase())));
    });
    const stream = await client.hijack("POST", "/exec/t1/start", { body: {} });
    const out = collect(demux(stream).stdout);
    stream.end("over tls");
    expect(await out).toBe("OVER TLS");
    expect(await pingDocker(client.endpoint)).toEqual({ ok: true });
    await client.close();
  });

  it("fails with a TLS hint when the engine's certificate is not trusted", async () => {
    const other = makePki();
    const wrongCa = mkdtempSync(join(scratch, "tls-wrong-"));
    writeFileSync(join(wrongCa, "ca.pem"), other.ca);
    writeFileSync(join(wrongCa, "cert.pem"), other.client.cert);
    writeFileSync(join(wrongCa, "key.pem"), other.client.key);
    const error = await connectDocker({ env: { ...env, DOCKER_CERT_PATH: wrongCa } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DockerUnreachableError);
    expect((error as Error).message).toMatch(/TLS handshake failed/);
    expect((error as SandboxError).hint).toMatch(/DOCKER_CERT_PATH/);
  });
});

// The real engine: the one the test support finds (DOCKER_HOST, or scripts/test-engine.sh's).
const TEST_IMAGE = TEST_IMAGES.static;
const LABEL = "sandbox-action.test";
const realAvailable = engineAvailable("docker");
const realEndpoint = resolveDockerEndpoint({ DOCKER_HOST: testDockerHost() });

describe.skipIf(!realAvailable)("client against the real engine", () => {
  let client: DockerClient;
  const created: string[] = [];

  async function create(cmd: string[], extra: Record<string, unknown> = {}): Promise<string> {
    const { Id } = await client.request<{ Id: string }>("POST", "/containers/create", {
      body: {
        Image: TEST_IMAGE,
        Cmd: cmd,
        Labels: { [LABEL]: "client" },
        AttachStdout: true,
        AttachStderr: true,
        ...extra,
      },
    });
    created.push(Id);
    return Id;
  }

  async function execIn(id: string, cmd: string[], stdin?: string) {
    const { Id: execId } = await client.request<{ Id: string }>("POST", `/containers/${id}/exec`, {
      body: {
        Cmd: cmd,
        AttachStdin: stdin !== undefined,
        AttachStdout: true,
        AttachStderr: true,
        Tty: false,
      },
    });
    const stream = await client.hijack("POST", `/exec/${execId}/start`, {
      body: { Detach: false, Tty: false },
    });
    const { stdout, stderr } = demux(stream);
    const output = Promise.all([collect(stdout), collect(stderr)]);
    if (stdin !== undefined) stream.write(stdin);
    stream.end();
    const [out, err] = await output;
    const inspect = await client.request<{ ExitCode: number | null; Running: boolean }>(
      "GET",
      `/exec/${execId}/json`,
    );
    return { out, err, inspect };
  }

  beforeAll(async () => {
    client = await connectDocker({ endpoint: realEndpoint });
  });

  afterAll(async () => {
    if (!client) return;
    const filters = JSON.stringify({ label: [`${LABEL}=client`] });
    const left = await client.request<{ Id: string }[]>("GET", "/containers/json", {
      query: { all: true, filters },
    });
    for (const { Id } of left) {
      await client.request("DELETE", `/containers/${Id}`, { query: { force: true, v: true } });
    }
    const after = await client.request<unknown[]>("GET", "/containers/json", {
      query: { all: true, filters },
    });
    await client.close();
    expect(after).toEqual([]);
  });

  it("negotiates min(engine, ours), and knows which engine it is", async () => {
    const version = await client.request<{ ApiVersion: string; Components?: { Name?: string }[] }>(
      "GET",
      "/version",
    );
    const podman = version.Components?.some((component) => /podman/i.test(component.Name ?? "")) ?? false;
    expect(client.engine).toBe(podman ? "podman" : "docker");
    const expected =
      Number(version.ApiVersion.split(".")[1]) < Number(DOCKER_API_MAX.split(".")[1])
        ? version.ApiVersion
        : DOCKER_API_MAX;
    expect(client.apiVersion).toBe(expected);
  });

  it("attaches before start, separates stdout from stderr, and waits for the exit code", async () => {
    const id = await create(["/bin/sh", "-c", "echo out1; echo err1 >&2; echo out2; exit 7"]);
    const stream = await client.hijack("POST", `/containers/${id}/attach`, {
      query: { stream: true, stdout: true, stderr: true },
    });
    const { stdout, stderr } = demux(stream);
    const output = Promise.all([collect(stdout), collect(stderr)]);
    await client.request("POST", `/containers/${id}/start`);
    const [out, err] = await output;
    expect(out).toBe("out1\nout2\n");
    expect(err).toBe("err1\n");
    const waited = await client.request<{ StatusCode: number }>("POST", `/containers/${id}/wait`, {
      timeoutMs: 0,
    });
    expect(waited.StatusCode).toBe(7);
    const logs = await client.stream("GET", `/containers/${id}/logs`, {
      query: { stdout: true, stderr: true },
    });
    const demuxed = demux(logs.body);
    expect(await Promise.all([collect(demuxed.stdout), collect(demuxed.stderr)])).toEqual([
      "out1\nout2\n",
      "err1\n",
    ]);
  });

  describe("in a running container", () => {
    let id: string;
    beforeAll(async () => {
      id = await create(["sleep", "600"]);
      await client.request("POST", `/containers/${id}/start`);
    });

    it("execs with stdin; end() half-closes so cat sees EOF; the exit code is in the exec's inspect", async () => {
      const result = await execIn(id, ["/bin/sh", "-c", "cat; echo done >&2; exit 3"], "abc");
      expect(result.out).toBe("abc");
      expect(result.err).toBe("done\n");
      expect(result.inspect).toMatchObject({ ExitCode: 3, Running: false });
    });

    it("keeps large interleaved stdout and stderr apart", async () => {
      const script = "i=0; while [ $i -lt 2000 ]; do echo out-$i; echo err-$i >&2; i=$((i+1)); done";
      const result = await execIn(id, ["/bin/sh", "-c", script]);
      const lines = (prefix: string) => Array.from({ length: 2000 }, (_, i) => `${prefix}-${i}\n`).join("");
      expect(result.out).toBe(lines("out"));
      expect(result.err).toBe(lines("err"));
      expect(result.inspect.ExitCode).toBe(0);
    });

    it("copies a file in with a tar body", async () => {
      await client.request("PUT", `/containers/${id}/archive`, {
        query: { path: "/tmp" },
        body: tarOf("hello.txt", "copied in\n"),
        headers: { "Content-Type": "application/x-tar" },
      });
      expect((await execIn(id, ["cat", "/tmp/hello.txt"])).out).toBe("copied in\n");
    });

    it("refuses to exec in a missing container with the engine's 404", async () => {
      await expect(
        client.request("POST", "/containers/sbx-no-such-container/exec", { body: { Cmd: ["true"] } }),
      ).rejects.toMatchObject({ name: "DockerApiError", status: 404 });
    });
  });

  it("answers a missing image with a 404 DockerApiError carrying the engine's message", async () => {
    const error = await client
      .request("POST", "/containers/create", {
        body: { Image: "localhost/sbx-no-such-image:0", Labels: { [LABEL]: "client" } },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerApiError);
    const api = error as DockerApiError;
    expect(api.status).toBe(404);
    expect(api.engineMessage).toMatch(/no such image|not found|unable to find/i);
    expect(api.message).toContain(api.engineMessage);
    expect(api.message).toContain(describeEndpoint(realEndpoint));
  });
});

/** A one-file ustar archive. */
function tarOf(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const header = Buffer.alloc(512);
  const put = (text: string, offset: number, length: number) => header.write(text, offset, length, "latin1");
  put(name, 0, 100);
  put("0000644\0", 100, 8);
  put("0000000\0", 108, 8);
  put("0000000\0", 116, 8);
  put(`${data.length.toString(8).padStart(11, "0")}\0`, 124, 12);
  put(
    `${Math.floor(Date.now() / 1000)
      .toString(8)
      .padStart(11, "0")}\0`,
    136,
    12,
  );
  put("        ", 148, 8);
  put("0", 156, 1);
  put("ustar\0", 257, 6);
  put("00", 263, 2);
  let sum = 0;
  for (const byte of header) sum += byte;
  put(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8);
  const padding = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([header, data, padding, Buffer.alloc(1024)]);
}
