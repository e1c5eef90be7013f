// The supervisor and the proxy in front of real bubblewrap sandboxes: a sandbox that cannot come
// back (its respawns start a server bundle that does not exist) -> after max-respawns every call
// fails at once with the reason; calls during a respawn wait for it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createLocalBackend } from "../../src/backends/local/index.js";
import { type Health, type Supervisor, startSupervisor } from "../../src/daemon/supervisor.js";
import { type SessionConfig, startSession } from "../../src/host/session.js";
import { type McpProxy, newToken, startProxy } from "../../src/proxy/index.js";
import { connectAgent } from "../proxy/helpers.js";
import { engineAvailable } from "../support/engines.js";
import { processesMentioning, until } from "../support/processes.js";

describe.skipIf(!engineAvailable("bwrap"))("supervisor with the proxy on the local backend", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step().catch(() => {});
  });

  async function setUp(options: {
    brokenRespawn: boolean;
    maxRespawns: number;
    respawnThreshold?: number;
    /** a respawn that takes this long before it starts the sandbox */
    respawnDelayMs?: number;
    waitMs?: number;
    ttlMs?: number;
  }) {
    const workspace = mkdtempSync(join(tmpdir(), "sbx-sup-ws-"));
    cleanup.push(async () => rmSync(workspace, { recursive: true, force: true }));
    const config: SessionConfig = {
      workspace,
      workspaceMode: "rw",
      network: "none",
      env: {},
      timeoutMs: 60_000,
      readyTimeoutMs: 5_000,
      ...(options.ttlMs ? { ttlMs: options.ttlMs } : {}),
    };
    const backend = createLocalBackend();
    const bundle = join(inject("distDir"), "sandbox-server.js");
    const changes: Health[] = [];
    const runId = `sup-${Date.now().toString(36)}`;
    const supervisor: Supervisor = await startSupervisor({
      start: async (attempt) => {
        if (attempt > 0 && options.respawnDelayMs)
          await new Promise((resolve) => setTimeout(resolve, options.respawnDelayMs));
        return startSession(backend, config, {
          runId,
          log: () => {},
          serverBundle: attempt > 0 && options.brokenRespawn ? join(workspace, "no-such-server.js") : bundle,
        });
      },
      intervalMs: 200,
      timeoutMs: 1_000,
      respawnThreshold: options.respawnThreshold ?? 2,
      maxRespawns: options.maxRespawns,
      waitMs: options.waitMs ?? 15_000,
      onChange: (health) => changes.push(health),
    });
    cleanup.push(() => supervisor.close());
    const first = supervisor.current();
    if (!first) throw new Error("no session");
    const token = newToken();
    const proxy: McpProxy = await startProxy({
      upstream: first.client,
      lease: async () => ({ acquire: () => supervisor.acquire(), release: async () => {} }),
      token,
      runId,
      defaultTimeoutMs: 60_000,
    });
    cleanup.push(() => proxy.close());
    const agent = await connectAgent(proxy.url, token);
    cleanup.push(() => agent.close());
    return { supervisor, first, agent, changes };
  }

  const run = (agent: Awaited<ReturnType<typeof connectAgent>>, command: string) =>
    agent.client.callTool({ name: "run_command", arguments: { command } }) as Promise<CallToolResult>;

  it("a sandbox that cannot come back: after max-respawns calls fail at once with the reason", async () => {
    const { supervisor, first, agent, changes } = await setUp({ brokenRespawn: true, maxRespawns: 2 });
    expect((await run(agent, "echo one")).structuredContent).toMatchObject({ stdout: "one\n" });
    const failed = supervisor.failed;
    await first.sandbox.destroy(); // the sandbox dies under the daemon

    const reason = await failed;
    expect(reason).toMatch(/failed for good after 2 respawn\(s\) \(max-respawns 2\)/);
    expect(reason).toMatch(/respawn failed/);
    expect(supervisor.health()).toMatchObject({ healthy: false, state: "failed", respawns: 2 });
    expect(changes.at(-1)).toMatchObject({ state: "failed", respawns: 2 });

    const started = performance.now();
    const result = await run(agent, "echo two");
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.isError).toBe(true);
    const text = (result.content[0] as { text: string }).text;
    expect(text).toMatch(/the sandbox is unavailable: the sandbox failed for good after 2 respawn/);
    await expect(agent.client.listTools()).rejects.toThrow(/the sandbox is unavailable: .*failed for good/);
    // nothing of any attempt is left
    expect(await until(() => processesMentioning(first.sandbox.id).length === 0)).toBe(true);
  });

  it("max-respawns 0: the first failure is final", async () => {
    const { supervisor, first, agent } = await setUp({ brokenRespawn: false, maxRespawns: 0 });
    await first.sandbox.destroy();
    expect(await supervisor.failed).toMatch(/failed for good after 0 respawn\(s\).*the sandbox exited/);
    const result = await run(agent, "true");
    expect(result.isError).toBe(true);
  });

  it("a call that arrives during a respawn waits for the new sandbox and succeeds", async () => {
    const { supervisor, first, agent } = await setUp({
      brokenRespawn: false,
      maxRespawns: 3,
      respawnDelayMs: 1_000,
    });
    await first.sandbox.destroy();
    // the exit is noticed at once; the respawn takes a second more, and the call waits for it
    expect(await until(() => supervisor.health().state === "respawning", 5_000)).toBe(true);
    const result = await run(agent, "echo after");
    expect(result.isError, JSON.stringify(result)).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ stdout: "after\n" });
    expect(supervisor.health()).toMatchObject({ healthy: true, state: "running", respawns: 1 });
    expect(supervisor.current()?.sandbox.id).not.toBe(first.sandbox.id);
    expect(supervisor.current()?.runId).toBe(first.runId);
    const second = supervisor.current()?.sandbox.id as string;
    await supervisor.close();
    expect(await until(() => processesMentioning(second).length === 0)).toBe(true);
  });

  it("a call during a respawn that takes longer than the bound fails with a clear error, not a hang", async () => {
    const { supervisor, first, agent } = await setUp({
      brokenRespawn: false,
      maxRespawns: 1,
      respawnDelayMs: 3_000,
      waitMs: 500,
    });
    await first.sandbox.destroy();
    await until(() => supervisor.health().state === "respawning", 5_000);
    const started = performance.now();
    const result = await run(agent, "echo during");
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.isError).toBe(true);
    expect((result.content[0] as { text: string }).text).toMatch(
      /the sandbox is being respawned \(attempt 1 of 1\) and was not back within 500 ms; try again/,
    );
    // and once it is back, calls succeed
    await until(() => supervisor.health().state === "running", 15_000);
    expect((await run(agent, "echo later")).structuredContent).toMatchObject({ stdout: "later\n" });
  });

  it("the TTL ends the sandbox for good: no respawn, calls fail with the TTL's reason", async () => {
    const { supervisor, first, agent } = await setUp({ brokenRespawn: false, maxRespawns: 3, ttlMs: 1_500 });
    expect(await supervisor.expired).toMatch(/reached its TTL \(1500ms\)/);
    expect(await until(() => processesMentioning(first.sandbox.id).length === 0)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600)); // a few health intervals
    expect(supervisor.health().respawns).toBe(0);
    const result = await run(agent, "true");
    expect(result.isError).toBe(true);
    expect((result.content[0] as { text: string }).text).toMatch(/reached its TTL/);
  });
});
