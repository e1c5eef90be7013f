// The proxy's per-session leases (what mode ephemeral stands on), in front of two real sandbox
// servers (direct targets): a lease is taken at the session's first tools/call and not before
// (initialize and tools/list need none), each session's calls go to its own lease's server, a
// session's end releases its lease and only its lease, and a lease that cannot be had answers that
// call with a JSON-RPC error and the reason (the lease's own code when it has one).
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type McpProxy, newToken, startProxy, type UpstreamLease } from "../../src/proxy/index.js";
import { type DirectTarget, startDirectTarget } from "../support/direct-target.js";
import { until } from "../support/processes.js";
import { connectAgent, initializeBody, rawRequest } from "./helpers.js";

const token = newToken();
let targets: DirectTarget[] = [];
let proxy: McpProxy;
/** what the proxy leases next: a target's index, or an error to refuse with */
const queue: (number | Error)[] = [];
const released: number[] = [];

beforeAll(async () => {
  targets = await Promise.all([startDirectTarget(), startDirectTarget()]);
  const first = targets[0] as DirectTarget;
  proxy = await startProxy({
    upstream: first.client,
    token,
    runId: "leases",
    defaultTimeoutMs: 60_000,
    lease: async (): Promise<UpstreamLease> => {
      const next = queue.shift();
      if (next === undefined) throw new Error("the test queued no lease");
      if (next instanceof Error) throw next;
      const target = targets[next] as DirectTarget;
      return {
        acquire: async () => target.client,
        release: async () => {
          released.push(next);
        },
      };
    },
  });
});

afterAll(async () => {
  await proxy?.close();
  await Promise.all(targets.map((target) => target.close()));
});

const pwd = async (client: Awaited<ReturnType<typeof connectAgent>>["client"]) =>
  ((await client.callTool({ name: "run_command", arguments: { command: "pwd" } })) as CallToolResult)
    .structuredContent?.stdout;

describe("per-session leases", () => {
  it("each session's calls go to its own lease; ending one releases only that one", async () => {
    queue.push(0, 1);
    const one = await connectAgent(proxy.url, token);
    const two = await connectAgent(proxy.url, token);
    expect(await pwd(one.client)).toBe(`${targets[0]?.workspace}\n`);
    expect(await pwd(two.client)).toBe(`${targets[1]?.workspace}\n`);
    expect(released).toEqual([]);

    await one.close();
    expect(await until(() => released.length === 1)).toBe(true);
    expect(released).toEqual([0]);
    expect(await pwd(two.client)).toBe(`${targets[1]?.workspace}\n`);
    await two.close();
    expect(await until(() => released.length === 2)).toBe(true);
    expect(released).toEqual([0, 1]);
  });

  it("a session that only initializes, pings and lists tools takes no lease, even when it leaves without DELETE", async () => {
    released.length = 0;
    queue.push(1);
    const agent = await connectAgent(proxy.url, token);
    await agent.client.ping();
    // the first sandbox's list (what `upstream` gave at start), not the lease's
    expect(await agent.client.listTools()).toEqual(await (targets[0] as DirectTarget).client.listTools());
    await agent.client.close(); // gone, no DELETE
    expect(queue).toEqual([1]); // nothing asked for a sandbox
    expect(released).toEqual([]);
    queue.length = 0;
  });

  it("a lease that cannot be had: the call gets a JSON-RPC error with the reason; the next call asks again", async () => {
    queue.push(new Error("the backend is on fire\nsecond line"));
    const agent = await connectAgent(proxy.url, token);
    await expect(pwd(agent.client)).rejects.toThrow(
      /^MCP error -32603: no sandbox for this session: the backend is on fire$/,
    );
    // the lease's own code and data when it has a numeric code (the daemon's max-sandboxes)
    queue.push(
      Object.assign(new Error("all 2 in use (max-sandboxes 2)"), { code: -32003, data: { max: 2 } }),
    );
    const refused = await agent.client
      .callTool({ name: "run_command", arguments: { command: "pwd" } })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: -32003,
      message: "MCP error -32003: no sandbox for this session: all 2 in use (max-sandboxes 2)",
      data: { max: 2 },
    });
    queue.push(0);
    expect(await pwd(agent.client)).toBe(`${targets[0]?.workspace}\n`);
    await agent.close();
  });

  it("an initialize the transport refuses (not acceptable) takes no lease", async () => {
    released.length = 0;
    queue.push(1);
    const refused = await rawRequest(proxy.port, {
      headers: { authorization: `Bearer ${token}`, accept: "text/plain" },
      body: initializeBody,
    });
    expect(refused.status).toBe(406);
    expect(queue).toEqual([1]);
    expect(released).toEqual([]);
    queue.length = 0;
  });

  it("close releases the leases of sessions still open", async () => {
    released.length = 0;
    queue.push(1);
    const agent = await connectAgent(proxy.url, token);
    expect(await pwd(agent.client)).toBe(`${targets[1]?.workspace}\n`);
    await proxy.close();
    expect(released).toEqual([1]);
    await agent.client.close();
  });
});
