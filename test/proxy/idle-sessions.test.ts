// Idle expiry in the proxy (sessionIdleTimeoutMs), in front of a real sandbox server (a direct
// target) with a lease the test can watch. A session is idle when nothing of it is open: no
// request being answered, no call running, no notification stream (the GET a live SDK client keeps
// open). A client that left without DELETE has its session closed after the timeout and its lease
// released, and a later request with its id gets 404; a live client keeps its session however
// long it is silent; a call longer than the timeout keeps its session, even when its client
// stopped listening for the answer.
import http from "node:http";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type McpProxy, newToken, startProxy, type UpstreamLease } from "../../src/proxy/index.js";
import { type DirectTarget, startDirectTarget } from "../support/direct-target.js";
import { until } from "../support/processes.js";
import { type Agent, connectAgent, initializeBody, rawRequest } from "./helpers.js";

const IDLE_MS = 600;
const token = newToken();
let target: DirectTarget;
let proxy: McpProxy;
const logs: string[] = [];
let leased = 0;
let released = 0;
const agents: Agent[] = [];

beforeAll(async () => {
  target = await startDirectTarget();
  proxy = await startProxy({
    upstream: target.client,
    token,
    runId: "idle",
    defaultTimeoutMs: 60_000,
    sessionIdleTimeoutMs: IDLE_MS,
    log: (line) => logs.push(line),
    lease: async (): Promise<UpstreamLease> => {
      leased++;
      return {
        acquire: async () => target.client,
        release: async () => {
          released++;
        },
      };
    },
  });
});

afterAll(async () => {
  for (const agent of agents) await agent.close().catch(() => {});
  await proxy?.close();
  await target?.close();
});

const open = async () => {
  const agent = await connectAgent(proxy.url, token);
  agents.push(agent);
  return agent;
};
const run = (agent: Agent, command: string) =>
  agent.client.callTool({ name: "run_command", arguments: { command } }) as Promise<CallToolResult>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const closedForIdleness = (id: string | undefined) =>
  logs.some((line) =>
    line.includes(`session ${id} closed: no request for ${IDLE_MS}ms (session-idle-timeout)`),
  );

/** A request of a session by raw HTTP: no notification stream, nothing but this request. */
const post = (id: string, message: object) =>
  rawRequest(proxy.port, {
    headers: { authorization: `Bearer ${token}`, "mcp-session-id": id },
    body: JSON.stringify(message),
  });

/** Sends a request of a session and hangs up `afterMs` later, before the answer comes. */
function postAndHangUp(id: string, message: object, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request({
      host: "127.0.0.1",
      port: proxy.port,
      method: "POST",
      path: "/mcp",
      agent: false,
      headers: {
        authorization: `Bearer ${token}`,
        "mcp-session-id": id,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      },
    });
    req.on("error", () => {});
    req.on("close", () => resolve());
    req.end(JSON.stringify(message));
    setTimeout(() => req.destroy(), afterMs);
  });
}

/** A session opened by raw HTTP, so it has no notification stream open. */
async function rawSession(): Promise<string> {
  const opened = await rawRequest(proxy.port, {
    headers: { authorization: `Bearer ${token}` },
    body: initializeBody,
  });
  const id = opened.headers["mcp-session-id"];
  if (opened.status !== 200 || typeof id !== "string") throw new Error(`initialize: ${opened.status}`);
  expect((await post(id, { jsonrpc: "2.0", method: "notifications/initialized" })).status).toBe(202);
  return id;
}

describe("idle sessions", () => {
  it("a client that left without DELETE: its session is closed after the timeout, its lease released, its id gets 404", async () => {
    const before = released;
    const agent = await open();
    expect((await run(agent, "echo hi")).structuredContent).toMatchObject({ stdout: "hi\n" });
    const id = agent.transport.sessionId as string;
    await agent.client.close(); // gone, as a crashed client is: no DELETE
    expect(await until(() => released === before + 1, IDLE_MS * 5)).toBe(true);
    expect(closedForIdleness(id)).toBe(true);
    const late = await post(id, { jsonrpc: "2.0", id: 2, method: "tools/list" });
    expect(late.status).toBe(404);
    expect(JSON.parse(late.body)).toMatchObject({ error: { code: -32001, message: "Session not found" } });
    expect(proxy.stats().sessions).toBe(0);

    // A new session (what a client does after a 404) gets a lease of its own again.
    const again = await open();
    expect((await run(again, "echo back")).structuredContent).toMatchObject({ stdout: "back\n" });
    await again.close();
  });

  it("a live client (its notification stream open) keeps its session, however long it is silent", async () => {
    const agent = await open();
    expect((await run(agent, "echo one")).structuredContent).toMatchObject({ stdout: "one\n" });
    await sleep(IDLE_MS * 3);
    expect(closedForIdleness(agent.transport.sessionId)).toBe(false);
    expect((await run(agent, "echo two")).structuredContent).toMatchObject({ stdout: "two\n" });
    await agent.close();
  });

  it("a call longer than the timeout keeps its session; then the clock starts again", async () => {
    const id = await rawSession();
    const call = (command: string, requestId: number) => ({
      jsonrpc: "2.0",
      id: requestId,
      method: "tools/call",
      params: { name: "run_command", arguments: { command } },
    });
    const slow = await post(id, call(`sleep ${(IDLE_MS * 2.5) / 1000}; echo done`, 3));
    expect(slow.status).toBe(200);
    expect(slow.body).toContain("done\\n");
    expect(closedForIdleness(id)).toBe(false);

    // The client stops listening for the answer: the call still runs, and keeps its session.
    await postAndHangUp(id, call(`sleep ${(IDLE_MS * 3) / 1000}`, 4), 100);
    await sleep(IDLE_MS * 2);
    expect(closedForIdleness(id)).toBe(false);
    // ends IDLE_MS after the call did
    expect(await until(() => closedForIdleness(id), IDLE_MS * 5)).toBe(true);
    expect((await post(id, { jsonrpc: "2.0", id: 5, method: "ping" })).status).toBe(404);
  });

  it("a session that never called a tool expires too, and took no lease", async () => {
    const before = leased;
    const agent = await open();
    await agent.client.listTools();
    const id = agent.transport.sessionId;
    await agent.client.close();
    expect(await until(() => closedForIdleness(id), IDLE_MS * 5)).toBe(true);
    expect(leased).toBe(before);
  });
});
