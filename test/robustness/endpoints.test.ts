// The daemon's MCP endpoint under hostile or broken clients, over raw HTTP: invalid JSON,
// malformed JSON-RPC, oversized bodies, unknown sessions, clients that hang up mid-call. Each gets
// an error response (or just the disconnect), the daemon keeps serving, and the audit log stays
// whole (every line valid JSON), also after the daemon is SIGKILLed mid-call.
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Outcome, runBundle } from "../support/bundle.js";
import { engineAvailable } from "../support/engines.js";
import { processAlive, processesMentioning, until } from "../support/processes.js";

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** the JSON-RPC messages of a reply, whether plain JSON or an SSE stream */
function messages(reply: Reply): Record<string, unknown>[] {
  if (String(reply.headers["content-type"]).includes("text/event-stream")) {
    return reply.body
      .split("\n")
      .filter((line) => line.startsWith("data:"))
      .map((line) => line.slice(5).trim())
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  }
  const parsed = JSON.parse(reply.body);
  return Array.isArray(parsed) ? parsed : [parsed];
}

describe.skipIf(!engineAvailable("bwrap"))("robust endpoints of the daemon (local backend)", () => {
  const workspace = mkdtempSync(join(tmpdir(), "sbx-robust-ws-"));
  const stateHome = mkdtempSync(join(tmpdir(), "sbx-robust-state-"));
  const auditLog = join(stateHome, "audit.jsonl");
  const env = { ...process.env, XDG_STATE_HOME: stateHome };
  const cli = (args: string[]): Promise<Outcome> => runBundle("index.js", args, { cwd: workspace, env });
  let info: { mcp_url: string; mcp_token: string; daemon_pid: number; sandbox_id: string };
  let url: URL;

  const request = (
    body: string | Buffer | undefined,
    headers: Record<string, string> = {},
    method = "POST",
  ): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port: url.port,
          path: "/mcp",
          method,
          headers: {
            authorization: `Bearer ${info.mcp_token}`,
            "content-type": "application/json",
            accept: "application/json, text/event-stream",
            ...headers,
          },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => {
            text += chunk;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });

  const rpc = (message: unknown, sessionId?: string) =>
    request(JSON.stringify(message), sessionId ? { "mcp-session-id": sessionId } : {});

  async function openSession(): Promise<string> {
    const init = await rpc({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "0" } },
    });
    expect(init.status, init.body).toBe(200);
    const id = init.headers["mcp-session-id"];
    expect(typeof id).toBe("string");
    const note = await rpc({ jsonrpc: "2.0", method: "notifications/initialized" }, id as string);
    expect(note.status).toBe(202);
    return id as string;
  }

  let next = 100;
  async function callTool(sessionId: string, command: string) {
    const reply = await rpc(
      {
        jsonrpc: "2.0",
        id: next++,
        method: "tools/call",
        params: { name: "run_command", arguments: { command } },
      },
      sessionId,
    );
    expect(reply.status, reply.body).toBe(200);
    return messages(reply).find((m) => "result" in m || "error" in m) as {
      result?: { structuredContent?: { stdout?: string } };
    };
  }

  /** the daemon still serves: a fresh session lists the tools and runs a command */
  async function stillServing(): Promise<void> {
    const id = await openSession();
    const list = await rpc({ jsonrpc: "2.0", id: next++, method: "tools/list" }, id);
    expect(list.status).toBe(200);
    expect(JSON.stringify(messages(list))).toContain("run_command");
    const out = await callTool(id, "echo alive");
    expect(out.result?.structuredContent?.stdout).toBe("alive\n");
  }

  function auditIntact(): unknown[] {
    const text = readFileSync(auditLog, "utf8");
    expect(text === "" || text.endsWith("\n")).toBe(true);
    return text
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  }

  beforeAll(async () => {
    const up = await cli(["up", "--json", "--audit-log", auditLog]);
    expect(up.code, up.stderr).toBe(0);
    info = JSON.parse(up.stdout);
    url = new URL(info.mcp_url);
  });

  afterAll(async () => {
    await cli(["down"]);
  });

  it("invalid JSON: 400 with a JSON-RPC parse error", async () => {
    for (const body of ["{not json", '{"jsonrpc":"2.0",', "\u0000\u0001binary"]) {
      const reply = await request(body);
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ jsonrpc: "2.0", error: { code: -32700 } });
    }
    await stillServing();
    auditIntact();
  });

  it("malformed JSON-RPC, with and without a session: an error response", async () => {
    const bad: unknown[] = [
      { foo: 1 },
      [1, 2, 3],
      "a string",
      42,
      null,
      [],
      { jsonrpc: "1.0", id: 1, method: 7 },
    ];
    for (const body of bad) {
      const reply = await rpc(body);
      expect(reply.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
      expect(JSON.parse(reply.body)).toHaveProperty("error");
    }
    const id = await openSession();
    // an empty batch holds no request: the SDK's transport accepts it (202) with nothing to answer
    expect([202, 400]).toContain((await rpc([], id)).status);
    for (const body of bad.filter((b) => !(Array.isArray(b) && b.length === 0))) {
      const reply = await rpc(body, id);
      expect(reply.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
    }
    // a well-formed call with broken params: an error, not a crash
    const broken = await rpc({ jsonrpc: "2.0", id: 9, method: "tools/call", params: { name: 5 } }, id);
    expect(broken.status).toBeLessThan(500);
    expect(JSON.stringify(messages(broken))).toMatch(/error|isError/);
    const unknown = await rpc({ jsonrpc: "2.0", id: 10, method: "no/such/method" }, id);
    expect(JSON.stringify(messages(unknown))).toContain("-32601");
    await stillServing();
    auditIntact();
  });

  it("an oversized body: a JSON-RPC error for its id (413 without one), and the daemon keeps serving", async () => {
    const big = Buffer.alloc(5 * 1024 * 1024, "a");
    const body = Buffer.concat([
      Buffer.from('{"jsonrpc":"2.0","id":1,"method":"x","params":{"p":"'),
      big,
      Buffer.from('"}}'),
    ]);
    const reply = await request(body);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ id: 1, error: { code: -32004 } });
    expect(JSON.parse(reply.body).error.message).toMatch(/max-request-size/);
    const anonymous = await request(Buffer.alloc(5 * 1024 * 1024, " "));
    expect(anonymous.status).toBe(413);
    // a content-length far past any limit is refused before reading
    const huge = await new Promise<number>((resolve) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port: url.port,
          path: "/mcp",
          method: "POST",
          headers: {
            authorization: `Bearer ${info.mcp_token}`,
            "content-type": "application/json",
            "content-length": String(1024 ** 3),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", () => resolve(-1));
      req.write("{");
    });
    expect([413, -1]).toContain(huge);
    await stillServing();
    auditIntact();
  });

  it("an unknown session id: 404 for POST, GET and DELETE", async () => {
    const ghost = "00000000-0000-4000-8000-000000000000";
    const post = await rpc({ jsonrpc: "2.0", id: 1, method: "tools/list" }, ghost);
    expect(post.status).toBe(404);
    expect(JSON.parse(post.body)).toMatchObject({ error: { code: -32001 } });
    expect((await request(undefined, { "mcp-session-id": ghost }, "GET")).status).toBe(404);
    expect((await request(undefined, { "mcp-session-id": ghost }, "DELETE")).status).toBe(404);
    // a session that was closed is unknown from then on
    const id = await openSession();
    expect((await request(undefined, { "mcp-session-id": id }, "DELETE")).status).toBe(200);
    expect((await rpc({ jsonrpc: "2.0", id: 2, method: "tools/list" }, id)).status).toBe(404);
    await stillServing();
    auditIntact();
  });

  it("a client that disconnects mid-call: the daemon keeps serving and audits the call", async () => {
    const id = await openSession();
    const before = auditIntact().length;
    for (let i = 0; i < 5; i++) {
      await new Promise<void>((resolve) => {
        const req = http.request({
          host: "127.0.0.1",
          port: url.port,
          path: "/mcp",
          method: "POST",
          headers: {
            authorization: `Bearer ${info.mcp_token}`,
            "content-type": "application/json",
            accept: "application/json, text/event-stream",
            "mcp-session-id": id,
          },
        });
        req.on("error", () => resolve());
        req.on("response", (res) => res.on("error", () => {}));
        req.end(
          JSON.stringify({
            jsonrpc: "2.0",
            id: 1000 + i,
            method: "tools/call",
            params: { name: "run_command", arguments: { command: `sleep 1; echo gone-${i}` } },
          }),
        );
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 200);
      });
    }
    // a body cut off halfway
    await new Promise<void>((resolve) => {
      const req = http.request({
        host: "127.0.0.1",
        port: url.port,
        path: "/mcp",
        method: "POST",
        headers: {
          authorization: `Bearer ${info.mcp_token}`,
          "content-type": "application/json",
          "content-length": "1000",
          "mcp-session-id": id,
        },
      });
      req.on("error", () => resolve());
      req.write('{"jsonrpc":"2.0","id":1,');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 100);
    });
    // the same session and fresh ones still work
    expect((await callTool(id, "echo same-session")).result?.structuredContent?.stdout).toBe(
      "same-session\n",
    );
    await stillServing();
    // the abandoned calls finish inside and are audited, and the log is whole
    expect(
      await until(
        () => auditIntact().filter((e) => JSON.stringify(e).includes("gone-")).length === 5,
        15_000,
      ),
    ).toBe(true);
    expect(auditIntact().length).toBeGreaterThan(before);
    expect(processAlive(info.daemon_pid)).toBe(true);
  });

  it("SIGKILL of the daemon mid-call: the audit log stays whole, down leaves nothing", async () => {
    const id = await openSession();
    await callTool(id, "echo before-kill");
    const pending = rpc(
      {
        jsonrpc: "2.0",
        id: 5000,
        method: "tools/call",
        params: { name: "run_command", arguments: { command: "sleep 5" } },
      },
      id,
    ).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(info.daemon_pid, "SIGKILL");
    expect(await until(() => !processAlive(info.daemon_pid))).toBe(true);
    expect(await pending).toBeInstanceOf(Error);
    const entries = auditIntact() as { tool?: string; arguments?: { command?: string } }[];
    expect(entries.some((e) => e.arguments?.command === "echo before-kill")).toBe(true);
    const down = await cli(["down"]);
    expect(down.code, down.stderr).toBe(0);
    expect(await until(() => processesMentioning(info.sandbox_id).length === 0, 10_000)).toBe(true);
  });
});
