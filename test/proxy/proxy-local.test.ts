// The proxy in front of a real bubblewrap sandbox: the whole path an agent's call takes.
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type McpProxy, newToken, startProxy } from "../../src/proxy/index.js";
import { engineAvailable } from "../support/engines.js";
import { type LocalTarget, startLocalTarget } from "../support/local-target.js";
import { type Agent, connectAgent } from "./helpers.js";

describe.skipIf(!engineAvailable("bwrap"))("proxy in front of the local backend", () => {
  const token = newToken();
  let target: LocalTarget;
  let proxy: McpProxy;
  let agent: Agent;

  beforeAll(async () => {
    target = await startLocalTarget();
    proxy = await startProxy({
      upstream: target.client,
      token,
      runId: target.session.runId,
      defaultTimeoutMs: 60_000,
    });
    agent = await connectAgent(proxy.url, token);
  });

  afterAll(async () => {
    await agent?.close();
    await proxy?.close();
    await target?.close();
  });

  it("lists the sandbox's tools and runs a command inside it", async () => {
    expect(await agent.client.listTools()).toEqual(await target.client.listTools());
    const result = (await agent.client.callTool({
      name: "run_command",
      arguments: { command: "hostname; id -u; pwd" },
    })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ exit_code: 0, stdout: "sandbox\n1000\n/workspace\n" });
  });
});
