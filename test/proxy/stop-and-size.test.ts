// Two ways a request used to end without an answer the agent could read (issue 18 items 4 and 5):
// a call in flight when the proxy closes, and a request over the size limit. Both must reach the
// real MCP SDK client as a JSON-RPC error (an McpError) that says why, and both are audited.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { McpError } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, resolveConfig } from "../../src/config/index.js";
import { AuditLog } from "../../src/host/audit.js";
import { type McpProxy, newToken, startProxy } from "../../src/proxy/index.js";
import { type DirectTarget, startDirectTarget } from "../support/direct-target.js";
import { type Agent, connectAgent, rawRequest } from "./helpers.js";

const MiB = 1024 * 1024;
const token = newToken();
let dir: string;
let target: DirectTarget;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sbx-stop-size-"));
  target = await startDirectTarget();
});

afterAll(async () => {
  await target?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function auditLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function rejection(promise: Promise<unknown>): Promise<McpError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(McpError);
  return error as McpError;
}

describe("max-request-size", () => {
  const auditPath = () => join(dir, "size.audit.jsonl");
  let proxy: McpProxy;
  let agent: Agent;

  beforeAll(async () => {
    proxy = await startProxy({
      upstream: target.client,
      token,
      runId: "run-size",
      audit: new AuditLog(auditPath()),
      defaultTimeoutMs: 60_000,
      maxRequestBytes: MiB,
    });
    agent = await connectAgent(proxy.url, token);
  });

  afterAll(async () => {
    await agent?.close();
    await proxy?.close();
  });

  it("answers a tools/call over the limit with a JSON-RPC error naming the limit and the option", async () => {
    const content = "x".repeat(1.5 * MiB);
    const error = await rejection(
      agent.client.callTool({ name: "write_file", arguments: { path: "big.txt", content } }),
    );
    expect(error.code).toBe(-32004);
    expect(error.message).toMatch(
      /the request is 1\.5 MiB \(\d+ bytes\), over the limit of 1 MiB \(1048576 bytes\)/,
    );
    expect(error.message).toContain("--max-request-size 2m");
    expect(error.message).toContain("max-request-size: 2m");
    expect(error.data).toMatchObject({ limit_bytes: MiB });
    // the session goes on, and a request within the limit goes through
    const small = await agent.client.callTool({
      name: "write_file",
      arguments: { path: "small.txt", content: "y".repeat(900 * 1024) },
    });
    expect(small.isError).toBeFalsy();
    expect(readFileSync(join(target.workspace, "small.txt"), "utf8")).toHaveLength(900 * 1024);
    expect(() => readFileSync(join(target.workspace, "big.txt"))).toThrow();
  });

  it("audits the refusal: tool, session, size and rule; not the arguments", () => {
    const refused = auditLines(auditPath()).find((entry) => entry.rule === "max-request-size");
    expect(refused).toMatchObject({
      type: "call",
      run_id: "run-size",
      session_id: agent.transport.sessionId,
      tool: "write_file",
      arguments: null,
      is_error: true,
      denied: true,
    });
    expect(refused?.request_bytes).toBeGreaterThan(1.5 * MiB);
    expect(refused?.error).toMatch(/over the limit of 1 MiB/);
    expect(proxy.stats().denied).toBe(1);
  });

  it("refuses a body with no id with 413, audited with its size", async () => {
    const before = auditLines(auditPath()).length;
    const response = await rawRequest(proxy.port, {
      headers: { authorization: `Bearer ${token}` },
      body: Buffer.alloc(2 * MiB, " "),
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ id: null, error: { code: -32004 } });
    expect(JSON.parse(response.body).error.message).toMatch(/max-request-size/);
    const [entry] = auditLines(auditPath()).slice(before);
    expect(entry).toMatchObject({
      tool: "(unknown)",
      denied: true,
      rule: "max-request-size",
      request_bytes: 2 * MiB,
    });
  });
});

describe("closing with a call in flight", () => {
  it("answers the call with a JSON-RPC error naming the reason, at once, and audits that reason", async () => {
    const auditPath = join(dir, "stop.audit.jsonl");
    const proxy = await startProxy({
      upstream: target.client,
      token,
      runId: "run-stop",
      audit: new AuditLog(auditPath),
      defaultTimeoutMs: 60_000,
    });
    const agent = await connectAgent(proxy.url, token);
    const call = agent.client.callTool({ name: "run_command", arguments: { command: "sleep 30" } });
    // the call is on its way to the sandbox before the proxy closes
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = performance.now();
    const closed = proxy.close("the sandbox daemon is stopping (SIGTERM)");
    const error = await rejection(call);
    const elapsed = performance.now() - started;
    await closed;
    expect(error.code).toBe(-32005);
    expect(error.message).toContain("the sandbox daemon is stopping (SIGTERM)");
    expect(elapsed).toBeLessThan(2000);
    const entries = auditLines(auditPath);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      tool: "run_command",
      is_error: true,
      error: "the sandbox daemon is stopping (SIGTERM)",
    });
    await agent.close().catch(() => {});
    // the upstream is still good for the next proxy
    const listed = await target.client.listTools();
    expect(listed.tools.length).toBeGreaterThan(0);
  });
});

describe("the max-request-size option", () => {
  it("defaults to 4 MiB, reads sizes, and refuses what the proxy will not hold", () => {
    const cwd = tmpdir();
    expect(resolveConfig({}, { cwd }).maxRequestBytes).toBe(4 * MiB);
    expect(resolveConfig({ "max-request-size": "16m" }, { cwd }).maxRequestBytes).toBe(16 * MiB);
    expect(resolveConfig({ "max-request-size": "64m" }, { cwd }).maxRequestBytes).toBe(64 * MiB);
    expect(() => resolveConfig({ "max-request-size": "65m" }, { cwd })).toThrow(ConfigError);
    expect(() => resolveConfig({ "max-request-size": "65m" }, { cwd })).toThrow(/max-request-size.*64m/);
    expect(() => resolveConfig({ "max-request-size": "0" }, { cwd })).toThrow(/max-request-size/);
    expect(() => resolveConfig({ "max-request-size": "lots" }, { cwd })).toThrow(/not a size/);
  });
});
