// Progress and logging notifications relayed from the sandbox to the agent. The real sandbox
// server sends neither today, so the upstream here is an in-memory MCP server that does.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { type CallToolResult, LoggingMessageNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type McpProxy, newToken, startProxy } from "../../src/proxy/index.js";
import { type Agent, connectAgent } from "./helpers.js";

const token = newToken();
let upstream: Client;
let sandbox: McpServer;
let proxy: McpProxy;
let agent: Agent;

beforeAll(async () => {
  sandbox = new McpServer({ name: "fake-sandbox", version: "0" }, { capabilities: { logging: {} } });
  sandbox.registerTool("count", { inputSchema: { to: z.number() } }, async ({ to }, extra) => {
    const progressToken = extra._meta?.progressToken;
    for (let i = 1; i <= to; i++) {
      if (progressToken !== undefined) {
        await extra.sendNotification({
          method: "notifications/progress",
          params: { progressToken, progress: i, total: to, message: `step ${i}` },
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await sandbox.server.sendLoggingMessage({ level: "info", data: "counted" });
    return { content: [{ type: "text", text: `counted to ${to}` }] };
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await sandbox.connect(serverSide);
  upstream = new Client({ name: "host", version: "0" });
  await upstream.connect(clientSide);
  proxy = await startProxy({ upstream, token, runId: "notifications", defaultTimeoutMs: 60_000 });
  agent = await connectAgent(proxy.url, token);
});

afterAll(async () => {
  await agent?.close();
  await proxy?.close();
  await upstream?.close();
  await sandbox?.close();
});

describe("notifications", () => {
  it("relays progress to the agent that asked for it", async () => {
    const progress: { progress: number; total?: number; message?: string }[] = [];
    const result = (await agent.client.callTool({ name: "count", arguments: { to: 3 } }, undefined, {
      onprogress: (update) => progress.push(update),
    })) as CallToolResult;
    expect(result.content).toEqual([{ type: "text", text: "counted to 3" }]);
    expect(progress).toEqual([
      { progress: 1, total: 3, message: "step 1" },
      { progress: 2, total: 3, message: "step 2" },
      { progress: 3, total: 3, message: "step 3" },
    ]);
  });

  it("relays the sandbox's log messages to connected agents", async () => {
    expect(agent.client.getServerCapabilities()?.logging).toBeDefined();
    const received = new Promise<unknown>((resolve) =>
      agent.client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) =>
        resolve(notification.params),
      ),
    );
    await agent.client.callTool({ name: "count", arguments: { to: 1 } });
    expect(await received).toEqual({ level: "info", data: "counted" });
  });
});
