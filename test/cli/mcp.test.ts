import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PassThrough } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterEach, describe, expect, inject, it } from "vitest";
import { type Outcome, runBundle } from "../support/bundle.js";
import { engineAvailable } from "../support/engines.js";
import { processesMentioning, until } from "../support/processes.js";

const TOOLS = ["edit_file", "list_directory", "read_file", "run_command", "search_files", "write_file"];

function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv, stdin = ""): Promise<Outcome> {
  return runBundle("index.js", args, { cwd, env, stdin });
}

/** The bridge as a stdio client starts it; stderr is collected, transport errors (bad framing) too. */
async function connectBridge(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [join(inject("distDir"), "index.js"), "mcp", ...args],
    cwd,
    env: env as Record<string, string>,
    stderr: "pipe",
  });
  let stderr = "";
  (transport.stderr as PassThrough).on("data", (c) => {
    stderr += c;
  });
  const client = new Client({ name: "stdio-agent", version: "0" });
  const errors: Error[] = [];
  client.onerror = (error) => errors.push(error);
  await client.connect(transport);
  return { client, transport, errors, stderr: () => stderr };
}

const INITIALIZE = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "0" } },
});

describe("mcp without a sandbox", () => {
  it("bad options exit 2 before anything starts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sbx-mcp-opts-"));
    const env = { ...process.env, XDG_STATE_HOME: join(dir, "state") };
    const bad = await cli(["mcp", "--network", "sideways"], dir, env, `${INITIALIZE}\n`);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/network/);
    const noDaemon = await cli(["mcp", "--state", join(dir, "none.json")], dir, env, `${INITIALIZE}\n`);
    expect(noDaemon.code).toBe(2);
    expect(noDaemon.stdout).toBe("");
    expect(noDaemon.stderr).toMatch(/no daemon is running/);
  });
});

describe.skipIf(!engineAvailable("bwrap"))("mcp on the local backend", () => {
  const stateHome = mkdtempSync(join(tmpdir(), "sbx-mcp-state-"));
  const env = { ...process.env, XDG_STATE_HOME: stateHome };
  const daemonWorkspace = mkdtempSync(join(tmpdir(), "sbx-mcp-daemon-ws-"));

  afterEach(async () => {
    await cli(["down"], daemonWorkspace, env);
  });

  it("provisions its own sandbox, serves the tools on stdio, tears down when the client closes", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "sbx-mcp-ws-"));
    const auditLog = join(stateHome, "own.audit.jsonl");
    const bridge = await connectBridge(["--audit-log", auditLog], workspace, env);
    await until(() => /is up/.test(bridge.stderr()));
    const sandboxId = bridge.stderr().match(/sandbox (\S+) is up/)?.[1] as string;
    expect(sandboxId, bridge.stderr()).toBeTruthy();
    expect(processesMentioning(sandboxId).length).toBeGreaterThan(0);

    const tools = await bridge.client.listTools();
    expect(tools.tools.map((t) => t.name).sort()).toEqual(TOOLS);
    const run = await bridge.client.callTool({
      name: "run_command",
      arguments: { command: "echo over-stdio; pwd" },
    });
    expect(run.structuredContent).toMatchObject({ exit_code: 0, stdout: "over-stdio\n/workspace\n" });
    const write = await bridge.client.callTool({
      name: "write_file",
      arguments: { path: "sub/made-by-mcp.txt", content: "hello" },
    });
    expect(write.isError).toBeFalsy();
    expect(readFileSync(join(workspace, "sub/made-by-mcp.txt"), "utf8")).toBe("hello");

    await bridge.client.close();
    expect(await until(() => processesMentioning(sandboxId).length === 0)).toBe(true);
    expect(processesMentioning(`${workspace}`).filter((pid) => pid !== process.pid)).toEqual([]);
    expect(bridge.errors).toEqual([]);
    expect(bridge.stderr()).toMatch(/sandbox torn down/);
    const audited = readFileSync(auditLog, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).tool);
    expect(audited).toEqual(["run_command", "write_file"]);
  });

  it("relays to the workspace's daemon when one is up (the daemon audits the calls)", async () => {
    const up = await cli(["up", "--json"], daemonWorkspace, env);
    expect(up.code, up.stderr).toBe(0);
    const info = JSON.parse(up.stdout);
    const state = JSON.parse(readFileSync(info.state_file, "utf8"));

    const bridge = await connectBridge([], daemonWorkspace, env);
    await until(() => /relaying/.test(bridge.stderr()));
    expect(bridge.stderr()).toMatch(/relaying to the daemon/);
    expect(bridge.stderr()).toContain(info.sandbox_id);
    expect(bridge.stderr()).not.toContain(info.mcp_token);
    const tools = await bridge.client.listTools();
    expect(tools.tools.map((t) => t.name).sort()).toEqual(TOOLS);
    const run = await bridge.client.callTool({
      name: "run_command",
      arguments: { command: "echo via-daemon" },
    });
    expect(run.structuredContent).toMatchObject({ exit_code: 0, stdout: "via-daemon\n" });
    await bridge.client.close();
    expect(bridge.errors).toEqual([]);

    const audited = readFileSync(state.audit_log, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(audited.map((entry) => entry.tool)).toEqual(["run_command"]);
    expect(audited[0].arguments).toEqual({ command: "echo via-daemon" });
    // The daemon and its sandbox are still up for others.
    expect(processesMentioning(info.sandbox_id).length).toBeGreaterThan(0);
    const status = await cli(["status", "--json"], daemonWorkspace, env);
    expect(status.code, status.stderr).toBe(0);
  });

  it("exits 3 with the reason on stderr when the sandbox cannot start; stdout stays clean", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "sbx-mcp-fail-"));
    const failed = await cli(["mcp"], workspace, { ...env, PATH: "/nonexistent" }, `${INITIALIZE}\n`);
    expect(failed.code).toBe(3);
    expect(failed.stderr).toMatch(/bubblewrap|bwrap/);
    expect(failed.stderr).toMatch(/fix:/);
    for (const line of failed.stdout.split("\n").filter(Boolean)) {
      expect(JSON.parse(line)).toMatchObject({ jsonrpc: "2.0" });
    }
  });
});
