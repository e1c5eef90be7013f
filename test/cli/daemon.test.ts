// `up`, `call`, `status`, `down` from the built bundle: a real detached daemon, a real sandbox,
// the real MCP SDK client as the agent.
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterEach, describe, expect, it } from "vitest";
import { type Outcome, runBundle } from "../support/bundle.js";
import { engineAvailable } from "../support/engines.js";
import { processAlive, processesMentioning, until } from "../support/processes.js";

describe.skipIf(!engineAvailable("bwrap"))("daemon commands on the local backend", () => {
  const workspace = mkdtempSync(join(tmpdir(), "sbx-daemon-ws-"));
  const stateHome = mkdtempSync(join(tmpdir(), "sbx-daemon-state-"));
  const env = { ...process.env, XDG_STATE_HOME: stateHome };
  const cli = (args: string[]): Promise<Outcome> => runBundle("index.js", args, { cwd: workspace, env });

  afterEach(async () => {
    await cli(["down"]);
  });

  it("up, call through the proxy with the token, status, down: nothing left behind", async () => {
    const up = await cli(["up", "--json"]);
    expect(up.code, up.stderr).toBe(0);
    const info = JSON.parse(up.stdout);
    expect(Object.keys(info).sort()).toEqual([
      "daemon_pid",
      "mcp_token",
      "mcp_url",
      "sandbox_id",
      "state_file",
    ]);
    expect(info.mcp_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    expect(statSync(info.state_file).mode & 0o777).toBe(0o600);
    expect(processesMentioning(info.sandbox_id).length).toBeGreaterThan(0);

    // A later step, as an agent: the MCP SDK client with the bearer token.
    const transport = new StreamableHTTPClientTransport(new URL(info.mcp_url), {
      requestInit: { headers: { authorization: `Bearer ${info.mcp_token}` } },
    });
    const agent = new Client({ name: "agent", version: "0" });
    await agent.connect(transport);
    const tools = await agent.listTools();
    expect(tools.tools.map((t) => t.name).sort()).toEqual(
      ["edit_file", "list_directory", "read_file", "run_command", "search_files", "write_file"].sort(),
    );
    const result = await agent.callTool({
      name: "run_command",
      arguments: { command: "echo from-agent; pwd" },
    });
    expect(result.structuredContent).toMatchObject({ exit_code: 0, stdout: "from-agent\n/workspace\n" });
    await agent.close();

    // Without the token, or with a foreign Host header: refused.
    const port = new URL(info.mcp_url).port;
    const raw = (headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const req = http.request(
          { host: "127.0.0.1", port, path: "/mcp", method: "POST", headers },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.end("{}");
      });
    expect(await raw({ "content-type": "application/json" })).toBe(401);
    expect(await raw({ authorization: `Bearer ${info.mcp_token}`, host: `evil.example:${port}` })).toBe(403);

    const call = await cli(["call", "write_file", "--args", '{"path":"made-by-call.txt","content":"x"}']);
    expect(call.code, call.stderr).toBe(0);
    expect(readFileSync(join(workspace, "made-by-call.txt"), "utf8")).toBe("x");
    expect((await cli(["call", "read_file", "--args", '{"path":"missing"}'])).code).toBe(1);
    expect((await cli(["call", "rm_rf"])).code).toBe(2);
    const status = await cli(["status", "--json"]);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({
      healthy: true,
      backend: "local",
      daemon_running: true,
    });

    // A second `up` for the same workspace is refused.
    const again = await cli(["up"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already up/);

    const down = await cli(["down"]);
    expect(down.code, down.stderr).toBe(0);
    expect(processAlive(info.daemon_pid)).toBe(false);
    expect(await until(() => processesMentioning(info.sandbox_id).length === 0)).toBe(true);
    expect(() => statSync(info.state_file)).toThrow();

    // The token is in no log or audit line.
    const dir = join(stateHome, "sandbox-action");
    for (const file of readdirSync(dir)) {
      expect(readFileSync(join(dir, file), "utf8"), file).not.toContain(info.mcp_token);
    }
    const audit = readdirSync(dir).find((f) => f.endsWith(".audit.jsonl")) as string;
    const tools_ = readFileSync(join(dir, audit), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).tool);
    expect(tools_).toEqual(["run_command", "write_file", "read_file"]);
  });

  it("down after the daemon was SIGKILLed leaves nothing behind", async () => {
    const up = await cli(["up", "--json"]);
    expect(up.code, up.stderr).toBe(0);
    const info = JSON.parse(up.stdout);
    process.kill(info.daemon_pid, "SIGKILL");
    expect(await until(() => !processAlive(info.daemon_pid))).toBe(true);
    const status = await cli(["status"]);
    expect(status.code).toBe(3);
    expect(status.stdout).toMatch(/not running/);
    const down = await cli(["down"]);
    expect(down.code, down.stderr).toBe(0);
    expect(await until(() => processesMentioning(info.sandbox_id).length === 0)).toBe(true);
    expect(() => statSync(info.state_file)).toThrow();
    expect((await cli(["status"])).code).toBe(2);
  });

  it("up fails with exit 3 and the reason when the sandbox cannot start", async () => {
    const up = await runBundle("index.js", ["up"], { cwd: workspace, env: { ...env, PATH: "/nonexistent" } });
    expect(up.code).toBe(3);
    expect(up.stderr).toMatch(/bubblewrap|bwrap/);
    expect(up.stderr).toMatch(/fix:/);
  });
});
