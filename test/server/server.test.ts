// The sandbox server as a process: configuration errors, the readiness signal, who may complete a
// TLS handshake with it, HTTP-level error handling and shutdown.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import https from "node:https";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import type { ConnectionOptions } from "node:tls";
import { afterAll, describe, expect, inject, it } from "vitest";
import { SERVER_MAX_BODY_BYTES } from "../../src/http/json-body.js";
import {
  CLIENT_CA_ENV,
  CLIENT_CA_STDIN_FLAG,
  clientTlsOptions,
  formatServerCa,
  generateIdentity,
  type Identity,
  readServerCa,
} from "../../src/mtls/index.js";
import { startDirectTarget } from "../support/direct-target.js";

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "sbx-server-test-"));
  dirs.push(dir);
  return dir;
}

interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function spawnServer(
  args: string[],
  env: Record<string, string | undefined>,
  options: { stdin?: "pipe" } = {},
): Spawned {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, SANDBOX_WORKSPACE: tempDir(), ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  const script = join(inject("distDir"), "sandbox-server.js");
  // a server carries out no tool itself: unless a test says otherwise, it gets its runner, linked
  // by a one-shot unix socket as the backends link them (ADR 0014)
  let runnerLink: string | undefined;
  if (!args.includes("--link")) {
    runnerLink = `unix:${join(tempDir(), "link.sock")}`;
    args = [...args, "--link", runnerLink];
  }
  const child = spawn(process.execPath, [script, ...args], {
    env: childEnv,
    stdio: [options.stdin ?? "ignore", "pipe", "pipe"],
  });
  if (runnerLink) {
    children.push(
      spawn(process.execPath, [script, "--runner", "--link", runnerLink], { env: childEnv, stdio: "ignore" }),
    );
  }
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** A running server on a unix socket, trusting `clientCa`, with its CA once it is ready. */
async function startServer(clientCa: Identity) {
  const socketPath = join(tempDir(), "s.sock");
  const spawned = spawnServer(["--listen", `unix:${socketPath}`], { [CLIENT_CA_ENV]: clientCa.caCertPem });
  const serverCa = await readServerCa(spawned.child.stdout as Readable, {
    timeoutMs: 10_000,
    abort: spawned.exited,
  });
  return { ...spawned, socketPath, serverCa };
}

type Outcome = { status: number; body: string; headers: Record<string, unknown> } | { error: Error };

/** One HTTPS request over the unix socket with the given TLS settings. */
function request(
  socketPath: string,
  tlsOptions: ConnectionOptions,
  options: { method?: string; path?: string; body?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = https.request(
      {
        ...tlsOptions,
        socketPath,
        agent: false,
        method: options.method ?? "POST",
        path: options.path ?? "/mcp",
        headers: {
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
          ...options.headers,
        },
      },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => {
          body += chunk.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        res.on("error", (error) => resolve({ error }));
      },
    );
    req.on("error", (error) => resolve({ error }));
    req.end(options.body);
  });
}

const initialize = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "test", version: "0" } },
});

describe("configuration", () => {
  it("exits 2 with a message when the client CA variable is missing", async () => {
    const server = spawnServer(["--listen", `unix:${join(tempDir(), "s.sock")}`], {
      [CLIENT_CA_ENV]: undefined,
    });
    expect((await server.exited).code).toBe(2);
    expect(server.stderr()).toContain(`${CLIENT_CA_ENV} is not set`);
    expect(server.stdout()).toBe("");
  });

  it("exits 2 with a message when the client CA is not a certificate", async () => {
    const server = spawnServer(["--listen", `unix:${join(tempDir(), "s.sock")}`], {
      [CLIENT_CA_ENV]: "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n",
    });
    expect((await server.exited).code).toBe(2);
    expect(server.stderr()).toContain("is not a valid PEM certificate");
    expect(server.stdout()).toBe("");
  });

  it("exits 2 when the client CA is a leaf certificate, not a CA", async () => {
    const server = spawnServer(["--listen", `unix:${join(tempDir(), "s.sock")}`], {
      [CLIENT_CA_ENV]: generateIdentity("client").certPem,
    });
    expect((await server.exited).code).toBe(2);
    expect(server.stderr()).toContain("is not a CA certificate");
  });

  it(`takes the client CA on stdin with ${CLIENT_CA_STDIN_FLAG}, written after the server started`, async () => {
    const client = generateIdentity("client");
    const socketPath = join(tempDir(), "s.sock");
    const server = spawnServer(
      ["--listen", `unix:${socketPath}`, CLIENT_CA_STDIN_FLAG],
      { [CLIENT_CA_ENV]: undefined },
      { stdin: "pipe" },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.stdout()).toBe(""); // waits for it
    server.child.stdin?.end(client.caCertPem);
    const serverCa = await readServerCa(server.child.stdout as Readable, {
      timeoutMs: 10_000,
      abort: server.exited,
    });
    const trusted = await request(socketPath, clientTlsOptions(client, serverCa), { body: initialize });
    expect(trusted).toMatchObject({ status: 200 });
    // and only that CA
    const other = generateIdentity("client");
    const untrusted = await request(socketPath, clientTlsOptions(other, serverCa), { body: initialize });
    expect("error" in untrusted).toBe(true);
  });

  it(`exits 2 when stdin ends without a client CA, or when ${CLIENT_CA_ENV} gives one too`, async () => {
    const socket = `unix:${join(tempDir(), "s.sock")}`;
    const caOnStdin = (envCa?: string) =>
      spawnServer(["--listen", socket, CLIENT_CA_STDIN_FLAG], { [CLIENT_CA_ENV]: envCa }, { stdin: "pipe" });
    const empty = caOnStdin();
    empty.child.stdin?.end();
    expect((await empty.exited).code).toBe(2);
    expect(empty.stderr()).toContain("stdin ended without the PEM of the host's client CA");
    const leaf = caOnStdin();
    leaf.child.stdin?.end(generateIdentity("client").certPem);
    expect((await leaf.exited).code).toBe(2);
    expect(leaf.stderr()).toContain("the client CA on stdin is not a CA certificate");
    const both = caOnStdin(generateIdentity("client").caCertPem);
    expect((await both.exited).code).toBe(2);
    expect(both.stderr()).toContain("both give the client CA");
    expect(empty.stdout() + leaf.stdout() + both.stdout()).toBe("");
  });

  it("exits 2 with usage on a missing or malformed --listen", async () => {
    const ca = generateIdentity("client").caCertPem;
    for (const args of [[], ["--listen", "unix:relative.sock"], ["--listen", "tcp:nohost"], ["--bogus"]]) {
      const server = spawnServer(args, { [CLIENT_CA_ENV]: ca });
      expect((await server.exited).code).toBe(2);
      expect(server.stderr()).toContain("usage: sandbox-server --listen");
    }
  });
});

describe("readiness", () => {
  it("prints only the CA block on stdout, once the unix socket accepts connections, and makes it 0600", async () => {
    const client = generateIdentity("client");
    const server = await startServer(client);
    // The CA was printed: the socket must already be there and accept a connection.
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(server.socketPath, () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", reject);
    });
    expect(statSync(server.socketPath).mode & 0o777).toBe(0o600);
    expect(server.stdout()).toBe(formatServerCa(server.serverCa));
    server.child.kill("SIGTERM");
    await server.exited;
    expect(server.stdout()).toBe(formatServerCa(server.serverCa));
  });

  it("listens on TCP when asked", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const client = generateIdentity("client");
    const spawned = spawnServer(["--listen", `tcp:127.0.0.1:${port}`], { [CLIENT_CA_ENV]: client.caCertPem });
    const serverCa = await readServerCa(spawned.child.stdout as Readable, {
      timeoutMs: 10_000,
      abort: spawned.exited,
    });
    const outcome = await new Promise<Outcome>((resolve) => {
      const req = https.request(
        { ...clientTlsOptions(client, serverCa), host: "127.0.0.1", port, path: "/nowhere", agent: false },
        (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: "", headers: res.headers }));
        },
      );
      req.on("error", (error) => resolve({ error }));
      req.end();
    });
    expect(outcome).toMatchObject({ status: 404 });
  });

  it("replaces a stale socket left by a killed server", async () => {
    const client = generateIdentity("client");
    const first = await startServer(client);
    first.child.kill("SIGKILL");
    await first.exited;
    expect(existsSync(first.socketPath)).toBe(true);
    const second = spawnServer(["--listen", `unix:${first.socketPath}`], {
      [CLIENT_CA_ENV]: client.caCertPem,
    });
    const serverCa = await readServerCa(second.child.stdout as Readable, {
      timeoutMs: 10_000,
      abort: second.exited,
    });
    const outcome = await request(first.socketPath, clientTlsOptions(client, serverCa), { path: "/other" });
    expect(outcome).toMatchObject({ status: 404 });
  });

  it("refuses to delete a file that is not a socket", async () => {
    const path = join(tempDir(), "not-a-socket");
    writeFileSync(path, "precious");
    const server = spawnServer(["--listen", `unix:${path}`], {
      [CLIENT_CA_ENV]: generateIdentity("client").caCertPem,
    });
    expect((await server.exited).code).toBe(1);
    expect(server.stderr()).toContain("is not a socket");
    expect(readFileSync(path, "utf8")).toBe("precious");
  });
});

describe("mutual TLS", () => {
  const trusted = generateIdentity("client");
  let server: Awaited<ReturnType<typeof startServer>>;

  it("serves a client with a certificate from the trusted CA (control)", async () => {
    server = await startServer(trusted);
    const outcome = await request(server.socketPath, clientTlsOptions(trusted, server.serverCa), {
      body: initialize,
    });
    expect(outcome).toMatchObject({ status: 200 });
  });

  it("rejects a client without a certificate", async () => {
    const { key: _key, cert: _cert, ...noCertificate } = clientTlsOptions(trusted, server.serverCa);
    const outcome = await request(server.socketPath, noCertificate, { body: initialize });
    expect("error" in outcome).toBe(true);
    expect((outcome as { error: Error }).error.message).toMatch(
      /certificate required|socket hang up|ECONNRESET/i,
    );
  });

  it("rejects a client whose certificate comes from another CA", async () => {
    const stranger = generateIdentity("client");
    const outcome = await request(server.socketPath, clientTlsOptions(stranger, server.serverCa), {
      body: initialize,
    });
    expect("error" in outcome).toBe(true);
    expect((outcome as { error: Error }).error.message).toMatch(/unknown ca|socket hang up|ECONNRESET/i);
  });

  it("fails the handshake for a host that expects a different server CA", async () => {
    const otherServerCa = generateIdentity("server").caCertPem;
    const outcome = await request(server.socketPath, clientTlsOptions(trusted, otherServerCa), {
      body: initialize,
    });
    expect("error" in outcome).toBe(true);
    expect((outcome as { error: Error }).error.message).toMatch(/certificate|verify/i);
  });

  it("logs rejected handshakes on stderr and keeps serving", async () => {
    const outcome = await request(server.socketPath, clientTlsOptions(trusted, server.serverCa), {
      body: initialize,
    });
    expect(outcome).toMatchObject({ status: 200 });
    expect(server.stderr()).toContain("TLS handshake rejected");
  });
});

describe("HTTP errors", () => {
  const client = generateIdentity("client");
  let server: Awaited<ReturnType<typeof startServer>>;
  let tls: ConnectionOptions;
  const jsonRpcError = (outcome: Outcome) => {
    if ("error" in outcome) throw outcome.error;
    return JSON.parse(outcome.body) as {
      jsonrpc: string;
      error: { code: number; message: string };
      id: null;
    };
  };

  it("answers 404 outside /mcp", async () => {
    server = await startServer(client);
    tls = clientTlsOptions(client, server.serverCa);
    const outcome = await request(server.socketPath, tls, { path: "/", method: "GET" });
    expect(outcome).toMatchObject({ status: 404 });
    expect(jsonRpcError(outcome).error.message).toContain("/mcp");
  });

  it("answers malformed JSON with a JSON-RPC parse error", async () => {
    const outcome = await request(server.socketPath, tls, { body: '{"jsonrpc": "2.0", "id": 1, "method": ' });
    expect(outcome).toMatchObject({ status: 400 });
    const body = jsonRpcError(outcome);
    expect(body.jsonrpc).toBe("2.0");
    expect(body.error.code).toBe(-32700);
    expect(body.id).toBeNull();
  });

  it("answers a body over its backstop limit with 413 (the host enforces max-request-size)", async () => {
    // declared: a body past the limit is read (and dropped) to its end, which takes a while here
    const declared = { "content-length": String(4 * SERVER_MAX_BODY_BYTES) };
    const outcome = await request(server.socketPath, tls, { body: "{", headers: declared });
    expect(outcome).toMatchObject({ status: 413 });
    expect(jsonRpcError(outcome).error.message).toContain("too large");
  });

  it("answers a request without a session that is not initialize with 400, an unknown session with 404", async () => {
    const list = JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/list" });
    expect(await request(server.socketPath, tls, { body: list })).toMatchObject({ status: 400 });
    expect(
      await request(server.socketPath, tls, { body: list, headers: { "mcp-session-id": "no-such-session" } }),
    ).toMatchObject({ status: 404 });
  });

  it("answers an empty batch with 400 Invalid Request, with or without a session", async () => {
    const sessions: Record<string, string>[] = [{}, { "mcp-session-id": "no-such-session" }];
    for (const headers of sessions) {
      const outcome = await request(server.socketPath, tls, { body: "[]", headers });
      expect(outcome).toMatchObject({ status: 400 });
      expect(jsonRpcError(outcome).error).toMatchObject({ code: -32600 });
    }
  });

  it("answers other methods with 405", async () => {
    expect(await request(server.socketPath, tls, { method: "PUT", body: "{}" })).toMatchObject({
      status: 405,
    });
  });

  it("keeps serving MCP after all of the above", async () => {
    const outcome = await request(server.socketPath, tls, { body: initialize });
    expect(outcome).toMatchObject({ status: 200 });
    if ("error" in outcome) return;
    expect(outcome.headers["mcp-session-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(outcome.body).toContain('"serverInfo"');
    expect(server.child.exitCode).toBeNull();
  });

  // The bundle answers through its own light Response (src/http/light-web.ts): every kind of answer
  // the SDK's transport builds, a JSON body, an SSE stream and no body, with status and headers.
  it("passes the SDK transport's own answers through: JSON errors, SSE streams and empty bodies", async () => {
    const refused = await request(server.socketPath, tls, {
      body: initialize,
      headers: { accept: "application/json" },
    });
    expect(refused).toMatchObject({ status: 406, headers: { "content-type": "application/json" } });
    expect(jsonRpcError(refused).error.message).toContain("text/event-stream");

    const opened = await request(server.socketPath, tls, { body: initialize });
    if ("error" in opened) throw opened.error;
    const session = String(opened.headers["mcp-session-id"]);
    expect(opened.headers["content-type"]).toBe("text/event-stream");
    expect(opened.body).toMatch(/^event: message\ndata: \{.*"protocolVersion":"2025-06-18"/);

    const headers = { "mcp-session-id": session, "mcp-protocol-version": "2025-06-18" };
    const initialized = await request(server.socketPath, tls, {
      body: JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }),
      headers,
    });
    expect(initialized).toMatchObject({ status: 202, body: "" });

    const badVersion = await request(server.socketPath, tls, {
      body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/list" }),
      headers: { ...headers, "mcp-protocol-version": "1999-01-01" },
    });
    expect(badVersion).toMatchObject({ status: 400 });
    expect(jsonRpcError(badVersion).error.message).toContain("Unsupported protocol version");

    const list = await request(server.socketPath, tls, {
      body: JSON.stringify({ jsonrpc: "2.0", id: 3, method: "tools/list" }),
      headers,
    });
    expect(list).toMatchObject({ status: 200, headers: { "mcp-session-id": session } });
    if ("error" in list) return;
    expect(list.body).toContain('"run_command"');

    const closed = await request(server.socketPath, tls, { method: "DELETE", headers });
    expect(closed).toMatchObject({ status: 200, body: "" });
    const gone = await request(server.socketPath, tls, {
      body: JSON.stringify({ jsonrpc: "2.0", id: 4, method: "tools/list" }),
      headers,
    });
    expect(gone).toMatchObject({ status: 404 });
  });
});

describe("shutdown", () => {
  it("exits 0 promptly on SIGTERM, killing running commands", async () => {
    const target = await startDirectTarget();
    let pending: Promise<unknown> = Promise.resolve();
    try {
      pending = target.client
        .callTool({ name: "run_command", arguments: { command: "echo $$ > cmd.pid; exec sleep 1000" } })
        .catch((error: Error) => error);
      const pidFile = join(target.workspace, "cmd.pid");
      for (let i = 0; i < 100 && !readFileSync(pidFile, { flag: "a+" }).toString().trim(); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const pid = Number(readFileSync(pidFile, "utf8"));
      expect(pid).toBeGreaterThan(0);

      const exited = new Promise<number | null>((resolve) =>
        target.server.once("exit", (code) => resolve(code)),
      );
      const started = Date.now();
      target.server.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(2_000);

      // Dead, or a zombie waiting for PID 1 to reap it. SIGKILL was sent before the server exited,
      // but the kernel finishes the kill when it next schedules the process: on a loaded machine
      // that can be after the server's exit, so allow it a moment.
      const isAlive = () => {
        try {
          process.kill(pid, 0);
          return !readFileSync(`/proc/${pid}/stat`, "utf8")
            .replace(/^.*\) /, "")
            .startsWith("Z");
        } catch {
          return false;
        }
      };
      for (let i = 0; i < 50 && isAlive(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(isAlive()).toBe(false);
      expect(existsSync(target.socketPath)).toBe(false);
    } finally {
      await target.close();
    }
    // The call in flight fails rather than hanging once the client is closed.
    expect(await pending).toBeInstanceOf(Error);
  });

  it("exits 0 on SIGINT", async () => {
    const server = await startServer(generateIdentity("client"));
    server.child.kill("SIGINT");
    expect((await server.exited).code).toBe(0);
  });
});

describe("a host that went away", () => {
  /** CPU time (user + system) the process has used, in clock ticks. */
  function cpuTicks(pid: number): number {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  }

  it("does not spin when its stdout and stderr pipes are closed and it has something to log", async () => {
    const server = await startServer(generateIdentity("client"));
    server.child.stdout?.destroy();
    server.child.stderr?.destroy();
    // A rejected handshake is logged to the dead stderr.
    await new Promise<void>((resolve) => {
      const socket = net.connect(server.socketPath, () => socket.end("garbage\r\n\r\n"));
      socket.on("close", () => resolve());
      socket.on("error", () => resolve());
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = cpuTicks(server.child.pid as number);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Idle is 0-2 ticks a second; the old failure mode burnt ~100 (a whole core).
    expect(cpuTicks(server.child.pid as number) - before).toBeLessThan(20);
    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);
  });
});
