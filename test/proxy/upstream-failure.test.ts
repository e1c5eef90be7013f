// When the sandbox dies under the proxy: calls become readable error results, quickly, and the
// endpoint's own checks keep working.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditLog } from "../../src/host/audit.js";
import { type McpProxy, newToken, startProxy } from "../../src/proxy/index.js";
import { type DirectTarget, startDirectTarget } from "../support/direct-target.js";
import { type Agent, connectAgent, initializeBody, rawRequest } from "./helpers.js";

const token = newToken();
const logs: string[] = [];
let dir: string;
let target: DirectTarget;
let proxy: McpProxy;
let agent: Agent;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sbx-proxy-dead-"));
  target = await startDirectTarget();
  proxy = await startProxy({
    upstream: target.client,
    token,
    runId: "run-dead",
    audit: new AuditLog(join(dir, "audit.jsonl")),
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

describe("an upstream that dies mid-session", () => {
  it("turns the call in flight and later calls into isError results, quickly", async () => {
    const warm = (await agent.client.callTool({
      name: "run_command",
      arguments: { command: "echo up" },
    })) as CallToolResult;
    expect(warm.structuredContent).toMatchObject({ stdout: "up\n" });

    const started = performance.now();
    const inFlight = agent.client.callTool({ name: "run_command", arguments: { command: "sleep 20" } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    target.server.kill("SIGKILL");
    const cut = (await inFlight) as CallToolResult;
    expect(cut.isError).toBe(true);
    expect(cut.content[0]).toMatchObject({
      type: "text",
      text: expect.stringMatching(/^the sandbox is unreachable: /),
    });
    expect(performance.now() - started).toBeLessThan(5_000);

    const afterwards = performance.now();
    const later = (await agent.client.callTool({
      name: "run_command",
      arguments: { command: "echo again" },
    })) as CallToolResult;
    expect(later.isError).toBe(true);
    expect(later.content[0]).toMatchObject({ text: expect.stringMatching(/^the sandbox is unreachable: /) });
    expect(performance.now() - afterwards).toBeLessThan(2_000);
    expect(proxy.stats()).toMatchObject({ unreachable: 2 });
  });

  it("reports tools/list failures as a JSON-RPC error", async () => {
    // The agent's SDK prefixes the code once; the proxy's own answer carries no prefix of its own.
    await expect(agent.client.listTools()).rejects.toThrow(/^MCP error -32603: the sandbox is unreachable: /);
  });

  it("audits the failed calls with their error", () => {
    const entries = readFileSync(join(dir, "audit.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const failed = entries.filter((entry) => entry.is_error);
    expect(failed).toHaveLength(2);
    for (const entry of failed) expect(entry.error).toMatch(/^the sandbox is unreachable: /);
  });

  it("still checks the token and Host/Origin", async () => {
    expect((await rawRequest(proxy.port, { body: initializeBody })).status).toBe(401);
    const foreign = await rawRequest(proxy.port, {
      body: initializeBody,
      headers: { authorization: `Bearer ${token}`, host: `evil.example:${proxy.port}` },
    });
    expect(foreign.status).toBe(403);
  });

  it("still opens sessions for agents", async () => {
    const late = await connectAgent(proxy.url, token);
    try {
      const result = (await late.client.callTool({
        name: "read_file",
        arguments: { path: "x" },
      })) as CallToolResult;
      expect(result.isError).toBe(true);
    } finally {
      await late.close();
    }
    for (const line of logs) expect(line).not.toContain(token);
  });
});
