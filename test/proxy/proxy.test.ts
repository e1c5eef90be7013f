// The host proxy in front of a real sandbox server (direct target: a server process reached over
// mTLS), driven by the real MCP SDK client as the agent.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditLog } from "../../src/host/audit.js";
import { type McpProxy, newToken, startProxy } from "../../src/proxy/index.js";
import { type DirectTarget, startDirectTarget } from "../support/direct-target.js";
import { type Agent, connectAgent, initializeBody, jsonRpcError, rawRequest } from "./helpers.js";

const token = newToken();
const logs: string[] = [];
let dir: string;
let auditPath: string;
let target: DirectTarget;
let proxy: McpProxy;
let agent: Agent;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sbx-proxy-test-"));
  auditPath = join(dir, "audit.jsonl");
  target = await startDirectTarget();
  proxy = await startProxy({
    upstream: target.client,
    token,
    runId: "run-proxy-test",
    audit: new AuditLog(auditPath),
    defaultTimeoutMs: 60_000,
    log: (line) => logs.push(line),
  });
  agent = await connectAgent(proxy.url, token);
});

afterAll(async () => {
  await agent?.close();
  await proxy?.close();
  await target?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function text(result: CallToolResult): string {
  return result.content.map((item) => (item.type === "text" ? item.text : "")).join("\n");
}

async function call(name: string, args: Record<string, unknown>, client = agent.client) {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

function auditLines(): Record<string, unknown>[] {
  return readFileSync(auditPath, "utf8")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("relaying", () => {
  it("listens on loopback at /mcp", () => {
    expect(proxy.url).toBe(`http://127.0.0.1:${proxy.port}/mcp`);
  });

  it("fails to start on a port in use, and leaves the upstream client as it was", async () => {
    const onerror = target.client.onerror;
    await expect(
      startProxy({ upstream: target.client, token, runId: "x", defaultTimeoutMs: 1000, port: proxy.port }),
    ).rejects.toThrow(/EADDRINUSE/);
    expect(target.client.onerror).toBe(onerror);
  });

  it("lists exactly the upstream's tools, schemas included", async () => {
    const proxied = await agent.client.listTools();
    const direct = await target.client.listTools();
    expect(proxied.tools.map((tool) => tool.name).sort()).toEqual(
      ["edit_file", "list_directory", "read_file", "run_command", "search_files", "write_file"].sort(),
    );
    expect(proxied).toEqual(direct);
  });

  it("runs a command and returns its structured result", async () => {
    const result = await call("run_command", { command: "echo hello; echo oops >&2" });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ exit_code: 0, stdout: "hello\n", stderr: "oops\n" });
  });

  it("passes a failing command's isError and exit code through", async () => {
    const result = await call("run_command", { command: "exit 3" });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({ exit_code: 3 });
  });

  it("writes and reads files in the sandbox's workspace", async () => {
    const written = await call("write_file", { path: "notes/a.txt", content: "through the proxy\n" });
    expect(written.isError).toBeFalsy();
    expect(readFileSync(join(target.workspace, "notes/a.txt"), "utf8")).toBe("through the proxy\n");
    const read = await call("read_file", { path: "notes/a.txt" });
    expect(read.isError).toBeFalsy();
    expect(text(read)).toContain("through the proxy");
  });

  it("answers an unknown tool or bad arguments the way the sandbox does", async () => {
    for (const [name, args] of [
      ["no_such_tool", {}],
      ["read_file", { path: 42 }],
    ] as const) {
      const outcome = (client: typeof agent.client) =>
        client.callTool({ name, arguments: args }).then(
          (result) => ({ result }),
          (error: Error) => ({ error: error.message }),
        );
      expect(await outcome(agent.client)).toEqual(await outcome(target.client));
    }
  });

  it("relays a call that asks for progress", async () => {
    const progress: unknown[] = [];
    const result = (await agent.client.callTool(
      { name: "run_command", arguments: { command: "echo p" } },
      undefined,
      {
        onprogress: (update) => progress.push(update),
      },
    )) as CallToolResult;
    // The sandbox server sends no progress today; what matters is that the token path works.
    expect(result.structuredContent).toMatchObject({ exit_code: 0, stdout: "p\n" });
  });

  it("serves several agents at once over the one upstream connection", async () => {
    const second = await connectAgent(proxy.url, token);
    try {
      expect(second.transport.sessionId).toBeDefined();
      expect(second.transport.sessionId).not.toBe(agent.transport.sessionId);
      expect(proxy.stats().sessions).toBe(2);
      const started = performance.now();
      const [a, b] = await Promise.all([
        call("run_command", { command: "sleep 1; echo A" }),
        call("run_command", { command: "sleep 1; echo B" }, second.client),
      ]);
      // one after the other would take 2 s; the slack is for a loaded machine
      expect(performance.now() - started).toBeLessThan(1_800);
      expect(a.structuredContent).toMatchObject({ stdout: "A\n" });
      expect(b.structuredContent).toMatchObject({ stdout: "B\n" });
    } finally {
      await second.close();
    }
    await expect.poll(() => proxy.stats().sessions).toBe(1);
  });
});

describe("who may use the endpoint", () => {
  const auth = () => ({ authorization: `Bearer ${token}` });

  it("rejects a request without a token with 401 and a Bearer challenge", async () => {
    const response = await rawRequest(proxy.port, { body: initializeBody });
    expect(response.status).toBe(401);
    expect(response.headers["www-authenticate"]).toMatch(/^Bearer /);
    expect(jsonRpcError(response).message).toMatch(/bearer token/);
  });

  it.each([
    ["a wrong token of the same length", () => `Bearer ${newToken()}`],
    ["a token of a different length", () => `Bearer ${token}x`],
    ["a prefix of the token", () => `Bearer ${token.slice(0, 20)}`],
    ["the token under another scheme", () => `Basic ${token}`],
    ["an empty bearer", () => "Bearer "],
  ])("rejects %s with 401", async (_name, header) => {
    const response = await rawRequest(proxy.port, {
      body: initializeBody,
      headers: { authorization: header() },
    });
    expect(response.status).toBe(401);
    expect(response.headers["www-authenticate"]).toMatch(/^Bearer /);
  });

  it("does not let an SDK client with the wrong token connect", async () => {
    await expect(connectAgent(proxy.url, newToken())).rejects.toThrow();
  });

  it.each([
    ["a foreign Host", () => ({ host: `evil.example:${proxy.port}` })],
    ["a loopback Host on another port", () => ({ host: `127.0.0.1:${proxy.port + 1}` })],
    ["no port in Host", () => ({ host: "localhost" })],
    ["a foreign Origin", () => ({ origin: "http://evil.example" })],
    ["a foreign Origin with the proxy's port", () => ({ origin: `http://evil.example:${proxy.port}` })],
    ["an https loopback Origin", () => ({ origin: `https://127.0.0.1:${proxy.port}` })],
    ["the null Origin", () => ({ origin: "null" })],
  ])("rejects %s with 403, token or not", async (_name, headers) => {
    const response = await rawRequest(proxy.port, {
      body: initializeBody,
      headers: { ...auth(), ...headers() },
    });
    expect(response.status).toBe(403);
    expect(jsonRpcError(response).code).toBe(-32000);
  });

  it.each([
    ["localhost Host", () => ({ host: `localhost:${proxy.port}` })],
    ["[::1] Host", () => ({ host: `[::1]:${proxy.port}` })],
    ["loopback Origin", () => ({ origin: `http://127.0.0.1:${proxy.port}` })],
    ["localhost Origin", () => ({ origin: `http://localhost:${proxy.port}` })],
  ])("accepts a %s", async (_name, headers) => {
    const response = await rawRequest(proxy.port, {
      body: initializeBody,
      headers: { ...auth(), ...headers() },
    });
    expect(response.status).toBe(200);
    const sessionId = response.headers["mcp-session-id"] as string;
    expect(sessionId).toBeTruthy();
    const closed = await rawRequest(proxy.port, {
      method: "DELETE",
      headers: { ...auth(), "mcp-session-id": sessionId },
    });
    expect(closed.status).toBe(200);
  });

  it("answers 404 for an unknown session", async () => {
    const response = await rawRequest(proxy.port, {
      headers: { ...auth(), "mcp-session-id": "00000000-0000-0000-0000-000000000000" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/list" }),
    });
    expect(response.status).toBe(404);
    expect(jsonRpcError(response).code).toBe(-32001);
  });

  it("answers 404 off the MCP path and 405 for other methods", async () => {
    expect((await rawRequest(proxy.port, { path: "/other", headers: auth(), body: "{}" })).status).toBe(404);
    const put = await rawRequest(proxy.port, { method: "PUT", headers: auth(), body: "{}" });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe("GET, POST, DELETE");
  });

  it("answers malformed JSON with a JSON-RPC parse error", async () => {
    const response = await rawRequest(proxy.port, { headers: auth(), body: '{"jsonrpc": "2.0", "id": 1,' });
    expect(response.status).toBe(400);
    expect(jsonRpcError(response).code).toBe(-32700);
  });

  it("answers an empty batch with 400 Invalid Request, in a session too", async () => {
    const opened = await rawRequest(proxy.port, { body: initializeBody, headers: auth() });
    const sessionId = opened.headers["mcp-session-id"] as string;
    for (const headers of [auth(), { ...auth(), "mcp-session-id": sessionId }]) {
      const response = await rawRequest(proxy.port, { headers, body: "[]" });
      expect(response.status).toBe(400);
      expect(jsonRpcError(response).code).toBe(-32600);
    }
    await rawRequest(proxy.port, { method: "DELETE", headers: { ...auth(), "mcp-session-id": sessionId } });
  });

  it("answers 400 for a request that is neither initialize nor in a session", async () => {
    const response = await rawRequest(proxy.port, {
      headers: auth(),
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
    });
    expect(response.status).toBe(400);
  });

  it("answers a body over 4 MiB with a JSON-RPC error for its id, or 413 when it has none", async () => {
    const body = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "x",
      params: { pad: "a".repeat(5 * 1024 * 1024) },
    });
    const response = await rawRequest(proxy.port, { headers: auth(), body });
    // 200: the MCP SDK's transport shows a JSON-RPC error only in a 2xx answer
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ id: 1, error: { code: -32004 } });
    expect(jsonRpcError(response).message).toMatch(/over the limit of 4 MiB .*max-request-size/);
    const noId = await rawRequest(proxy.port, { headers: auth(), body: " ".repeat(5 * 1024 * 1024) });
    expect(noId.status).toBe(413);
    expect(jsonRpcError(noId).message).toMatch(/max-request-size/);
  });

  it("keeps serving after all that", async () => {
    const result = await call("run_command", { command: "echo still here" });
    expect(result.structuredContent).toMatchObject({ stdout: "still here\n" });
  });
});

describe("audit and logs", () => {
  it("records every call with its session, outcome and size", async () => {
    const before = auditLines().length;
    await call("run_command", { command: "printf 12345; exit 4" });
    const [entry] = auditLines().slice(before);
    expect(entry).toMatchObject({
      run_id: "run-proxy-test",
      session_id: agent.transport.sessionId,
      tool: "run_command",
      arguments: { command: "printf 12345; exit 4" },
      is_error: true,
      exit_code: 4,
    });
    expect(typeof entry?.time).toBe("string");
    expect(new Date(entry?.time as string).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(entry?.duration_ms).toBeGreaterThanOrEqual(0);
    expect(entry?.result_bytes).toBeGreaterThan(0);
  });

  it("records calls the sandbox rejects, with the error", async () => {
    const before = auditLines().length;
    await agent.client.callTool({ name: "read_file", arguments: { path: 42 } }).catch(() => {});
    const [entry] = auditLines().slice(before);
    expect(entry).toMatchObject({ tool: "read_file", is_error: true });
  });

  it("never writes the token, even when an agent sends it as an argument", async () => {
    const result = await call("run_command", { command: `echo ${token}` });
    expect(result.structuredContent).toMatchObject({ exit_code: 0 });
    const content = readFileSync(auditPath, "utf8");
    expect(content).not.toContain(token);
    expect(content).toContain("echo [REDACTED:token]");
    expect(auditLines().length).toBeGreaterThanOrEqual(10);
    for (const entry of auditLines()) {
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining([
          "time",
          "run_id",
          "tool",
          "arguments",
          "duration_ms",
          "is_error",
          "result_bytes",
        ]),
      );
    }
  });

  it("logs sessions, and no line carries the token", () => {
    expect(logs.some((line) => /^proxy: listening on http:\/\/127\.0\.0\.1:\d+\/mcp$/.test(line))).toBe(true);
    expect(logs.some((line) => line.includes(`session ${agent.transport.sessionId} opened`))).toBe(true);
    for (const line of logs) {
      expect(line).not.toContain(token);
      expect(line).not.toContain("\n");
    }
  });
});
