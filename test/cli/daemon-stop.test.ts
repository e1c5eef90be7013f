// The real daemon (`up`, built bundle, local backend) and the real MCP SDK client, over HTTP and
// through the stdio bridge (`mcp`): a call in flight when the daemon stops (`down`, SIGTERM) and a
// request over max-request-size are answered with a JSON-RPC error that says why, not a dropped
// stream or a transport failure, and the audit log records that reason (issue 18 items 4 and 5).
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PassThrough } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { McpError } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, inject, it } from "vitest";
import { type Outcome, runBundle } from "../support/bundle.js";
import { engineAvailable } from "../support/engines.js";
import { processAlive, until } from "../support/processes.js";

const MiB = 1024 * 1024;
const STOPPING = "the sandbox daemon is stopping (SIGTERM)";

interface UpInfo {
  mcp_url: string;
  mcp_token: string;
  daemon_pid: number;
  sandbox_id: string;
  state_file: string;
}

async function httpAgent(info: UpInfo): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL(info.mcp_url), {
    requestInit: { headers: { authorization: `Bearer ${info.mcp_token}` } },
  });
  const client = new Client({ name: "agent", version: "0" });
  client.onerror = () => {}; // the daemon going away breaks the session's GET stream: expected
  await client.connect(transport);
  return client;
}

async function stdioBridge(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [join(inject("distDir"), "index.js"), "mcp", ...args],
    cwd,
    env: env as Record<string, string>,
    stderr: "pipe",
  });
  let stderr = "";
  (transport.stderr as PassThrough).on("data", (chunk) => {
    stderr += chunk;
  });
  const client = new Client({ name: "stdio-agent", version: "0" });
  await client.connect(transport);
  return { client, transport, stderr: () => stderr };
}

/** The error a call ended with, and how long after `from` it came. */
async function failure(call: Promise<unknown>, from: () => number) {
  const error = await call.then(
    (result) => new Error(`the call succeeded: ${JSON.stringify(result)}`),
    (caught: unknown) => caught,
  );
  return { error: error as Error, after: performance.now() - from() };
}

function auditOf(info: UpInfo): Record<string, unknown>[] {
  const state = JSON.parse(readFileSync(info.state_file, "utf8"));
  return readFileSync(state.audit_log, "utf8")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** A command that sleeps; it is running (its marker file is in the workspace) when this resolves. */
async function sleeping(workspace: string, start: (command: string) => Promise<unknown>) {
  const marker = `started-${randomUUID().slice(0, 8)}`;
  const command = `touch ${marker}; sleep 30`;
  const call = start(command);
  call.catch(() => {});
  expect(await until(() => existsSync(join(workspace, marker)), 15_000)).toBe(true);
  return { call, command };
}

describe.skipIf(!engineAvailable("bwrap"))(
  "the daemon stopping, and max-request-size (local backend)",
  () => {
    const stateHome = mkdtempSync(join(tmpdir(), "sbx-stop-state-"));
    const env = { ...process.env, XDG_STATE_HOME: stateHome };
    const workspaces: string[] = [];
    const cliIn = (workspace: string, args: string[]): Promise<Outcome> =>
      runBundle("index.js", args, { cwd: workspace, env });
    async function up(args: string[] = []) {
      const workspace = mkdtempSync(join(tmpdir(), "sbx-stop-ws-"));
      workspaces.push(workspace);
      const started = await cliIn(workspace, ["up", "--json", ...args]);
      expect(started.code, started.stderr).toBe(0);
      return { workspace, info: JSON.parse(started.stdout) as UpInfo };
    }

    afterEach(async () => {
      for (const workspace of workspaces.splice(0)) await cliIn(workspace, ["down"]);
    });

    it("`down` answers a call in flight with a JSON-RPC error naming the reason within 2 s, and audits it", async () => {
      const { workspace, info } = await up();
      const agent = await httpAgent(info);
      const state = readFileSync(info.state_file, "utf8");
      const { call, command } = await sleeping(workspace, (text) =>
        agent.callTool({ name: "run_command", arguments: { command: text } }),
      );
      let downAt = 0;
      const down = (async () => {
        downAt = performance.now();
        return cliIn(workspace, ["down"]);
      })();
      const { error, after } = await failure(call, () => downAt);
      expect(error, String(error)).toBeInstanceOf(McpError);
      expect((error as McpError).code).toBe(-32005);
      expect(error.message).toContain(STOPPING);
      expect(after).toBeLessThan(2000);
      expect((await down).code).toBe(0);
      expect(processAlive(info.daemon_pid)).toBe(false);

      const audit = readFileSync(JSON.parse(state).audit_log, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      const entry = audit.find((line) => line.tool === "run_command");
      expect(entry).toMatchObject({ arguments: { command }, is_error: true, error: STOPPING });
      expect(JSON.stringify(audit)).not.toContain("cancelled");
      await agent.close().catch(() => {});
    });

    it("SIGTERM to the daemon: the stdio bridge passes the daemon's answer on to its client", async () => {
      const { workspace, info } = await up();
      const bridge = await stdioBridge([], workspace, env);
      const { call } = await sleeping(workspace, (text) =>
        bridge.client.callTool({ name: "run_command", arguments: { command: text } }),
      );
      const killedAt = performance.now();
      process.kill(info.daemon_pid, "SIGTERM");
      const { error, after } = await failure(call, () => killedAt);
      expect(error, String(error)).toBeInstanceOf(McpError);
      expect(error.message).toContain(STOPPING);
      expect(error.message).not.toMatch(/unreachable/);
      expect(after).toBeLessThan(2000);
      expect(await until(() => !processAlive(info.daemon_pid), 15_000)).toBe(true);
      await bridge.client.close().catch(() => {});
    });

    it("max-request-size: a larger request gets a JSON-RPC error naming the limit, over HTTP and through the bridge, and is audited", async () => {
      const { workspace, info } = await up(["--max-request-size", "1m"]);
      const agent = await httpAgent(info);
      const big = { path: "big.txt", content: "x".repeat(1.5 * MiB) };
      const direct = await failure(agent.callTool({ name: "write_file", arguments: big }), () => 0);
      expect(direct.error, String(direct.error)).toBeInstanceOf(McpError);
      expect((direct.error as McpError).code).toBe(-32004);
      expect(direct.error.message).toMatch(/over the limit of 1 MiB \(1048576 bytes\)/);
      expect(direct.error.message).toContain("--max-request-size 2m");
      // within the limit it goes through, and the session is still good
      const small = await agent.callTool({
        name: "write_file",
        arguments: { path: "small.txt", content: "y".repeat(900 * 1024) },
      });
      expect(small.isError).toBeFalsy();
      expect(readFileSync(join(workspace, "small.txt"), "utf8")).toHaveLength(900 * 1024);

      // the stdio bridge relaying to this daemon passes the daemon's error on
      const bridge = await stdioBridge([], workspace, env);
      const bridged = await failure(bridge.client.callTool({ name: "write_file", arguments: big }), () => 0);
      expect(bridged.error, String(bridged.error)).toBeInstanceOf(McpError);
      expect(bridged.error.message).toMatch(/over the limit of 1 MiB .*max-request-size/);
      expect(bridged.error.message).not.toMatch(/unreachable/);
      await bridge.client.close();

      const refused = auditOf(info).filter((entry) => entry.rule === "max-request-size");
      expect(refused).toHaveLength(2);
      for (const entry of refused) {
        expect(entry).toMatchObject({ tool: "write_file", arguments: null, denied: true, is_error: true });
        expect(entry.request_bytes).toBeGreaterThan(1.5 * MiB);
      }
      expect(() => readFileSync(join(workspace, "big.txt"))).toThrow();
      await agent.close();
    });

    it("max-request-size: the bridge with a sandbox of its own enforces it too", async () => {
      const workspace = mkdtempSync(join(tmpdir(), "sbx-stop-own-"));
      const auditLog = join(stateHome, "own.audit.jsonl");
      const bridge = await stdioBridge(["--max-request-size", "1m", "--audit-log", auditLog], workspace, env);
      await until(() => /is up/.test(bridge.stderr()));
      const refused = await failure(
        bridge.client.callTool({
          name: "write_file",
          arguments: { path: "big.txt", content: "x".repeat(1.5 * MiB) },
        }),
        () => 0,
      );
      expect(refused.error, String(refused.error)).toBeInstanceOf(McpError);
      expect(refused.error.message).toMatch(/over the limit of 1 MiB .*max-request-size/);
      const ok = await bridge.client.callTool({
        name: "write_file",
        arguments: { path: "ok.txt", content: "fine" },
      });
      expect(ok.isError).toBeFalsy();
      await bridge.client.close();
      const entries = readFileSync(auditLog, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(entries[0]).toMatchObject({ tool: "write_file", rule: "max-request-size", arguments: null });
      expect(() => readFileSync(join(workspace, "big.txt"))).toThrow();
    });

    it("SIGTERM to the bridge with a sandbox of its own answers its call in flight with the reason", async () => {
      const workspace = mkdtempSync(join(tmpdir(), "sbx-stop-bridge-"));
      const auditLog = join(stateHome, "bridge-stop.audit.jsonl");
      const bridge = await stdioBridge(["--audit-log", auditLog], workspace, env);
      await until(() => /is up/.test(bridge.stderr()));
      const { call, command } = await sleeping(workspace, (text) =>
        bridge.client.callTool({ name: "run_command", arguments: { command: text } }),
      );
      const killedAt = performance.now();
      process.kill(bridge.transport.pid as number, "SIGTERM");
      const { error, after } = await failure(call, () => killedAt);
      expect(error, String(error)).toBeInstanceOf(McpError);
      expect(error.message).toContain("sandbox-action mcp is stopping (SIGTERM)");
      expect(after).toBeLessThan(2000);
      await until(() => /sandbox torn down/.test(bridge.stderr()), 15_000);
      const entries = readFileSync(auditLog, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(entries).toEqual([
        expect.objectContaining({
          arguments: { command },
          error: "sandbox-action mcp is stopping (SIGTERM)",
        }),
      ]);
      await bridge.client.close().catch(() => {});
    });
  },
);
