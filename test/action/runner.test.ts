// The built action, driven the way the GitHub runner drives it: INPUT_* (with action.yml's
// defaults), GITHUB_OUTPUT/GITHUB_STATE/GITHUB_STEP_SUMMARY files, RUNNER_TEMP; then a later step
// as an MCP agent; then post with the STATE_* the main step saved.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { itAsRoot } from "../support/as-root.js";
import { runBundle } from "../support/bundle.js";
import { engineAvailable } from "../support/engines.js";
import { processAlive, processesMentioning, until } from "../support/processes.js";

const actionYml = parse(readFileSync("action.yml", "utf8")) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

/** name<<DELIMITER / value / DELIMITER records, as @actions/core writes them. */
function readCommandFile(path: string): Record<string, string> {
  const text = readFileSync(path, "utf8");
  const values: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
    values[name] = value.join("\n");
  }
  return values;
}

function job(inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) {
  const root = mkdtempSync(join(tmpdir(), "sbx-runner-"));
  const runnerTemp = join(root, "temp");
  const workspace = join(root, "workspace");
  mkdirSync(runnerTemp);
  mkdirSync(workspace);
  const files = {
    output: join(root, "output"),
    state: join(root, "state"),
    summary: join(root, "summary.md"),
  };
  for (const file of Object.values(files)) writeFileSync(file, "");
  const baseEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ACTION: "sandbox",
    ...env,
  };
  const withInputs: NodeJS.ProcessEnv = { ...baseEnv };
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    withInputs[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? "";
  }
  const run = (script: string, env: NodeJS.ProcessEnv) => runBundle(script, [], { cwd: workspace, env });
  return {
    root,
    workspace,
    files,
    main: () => run("action-main.js", withInputs),
    post: () => {
      const env: NodeJS.ProcessEnv = { ...baseEnv };
      for (const [name, value] of Object.entries(readCommandFile(files.state))) {
        env[`STATE_${name}`] = value;
      }
      return run("action-post.js", env);
    },
    outputs: () => readCommandFile(files.output),
  };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function rawStatus(port: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request({ host: "127.0.0.1", port, path: "/mcp", method: "POST", headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.end("{}");
  });
}

describe.skipIf(!engineAvailable("bwrap"))("the action on a simulated runner", () => {
  it("main leaves an endpoint a later step uses; post tears down and summarises; the token stays secret", async () => {
    const j = job();
    const main = await j.main();
    expect(main.code, main.stdout + main.stderr).toBe(0);
    const out = j.outputs();
    expect(Object.keys(out).sort()).toEqual([
      "audit-log",
      "mcp-config",
      "mcp-token",
      "mcp-url",
      "sandbox-id",
    ]);
    const token = out["mcp-token"] as string;
    expect(main.stdout).toContain(`::add-mask::${token}`);

    // A later step: Claude-Code-style mcp-config file -> MCP SDK client.
    const config = JSON.parse(readFileSync(out["mcp-config"] as string, "utf8"));
    const server = config.mcpServers.sandbox;
    expect(server).toMatchObject({ type: "http", url: out["mcp-url"] });
    const agent = new Client({ name: "later-step", version: "0" });
    await agent.connect(
      new StreamableHTTPClientTransport(new URL(server.url), { requestInit: { headers: server.headers } }),
    );
    const write = await agent.callTool({
      name: "write_file",
      arguments: { path: "from-agent.txt", content: "hi" },
    });
    expect(write.isError).toBeFalsy();
    expect(readFileSync(join(j.workspace, "from-agent.txt"), "utf8")).toBe("hi");
    const run = await agent.callTool({ name: "run_command", arguments: { command: "echo $((6*7))" } });
    expect(run.structuredContent).toMatchObject({ exit_code: 0, stdout: "42\n" });
    await agent.close();

    const port = new URL(out["mcp-url"] as string).port;
    expect(await rawStatus(port, { "content-type": "application/json" })).toBe(401);
    expect(
      await rawStatus(port, { authorization: `Bearer ${token}`, host: `attacker.example:${port}` }),
    ).toBe(403);

    const daemonPid = Number(readCommandFile(j.files.state)["daemon-pid"]);
    expect(processAlive(daemonPid)).toBe(true);
    const post = await j.post();
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(processAlive(daemonPid)).toBe(false);
    expect(await until(() => processesMentioning(out["sandbox-id"] as string).length === 0)).toBe(true);

    const summary = readFileSync(j.files.summary, "utf8");
    expect(summary).toContain("write_file");
    expect(summary).toContain("run_command");
    expect(summary).toMatch(/2 tool calls, 0 failed/);

    // The token: in no log line but the add-mask command, in no file but the ones meant to carry it.
    const logLines = `${main.stdout}\n${main.stderr}\n${post.stdout}\n${post.stderr}`.split("\n");
    expect(logLines.filter((line) => line.includes(token))).toEqual([`::add-mask::${token}`]);
    const carriers = new Set([j.files.output, out["mcp-config"]]);
    for (const file of allFiles(j.root)) {
      if (carriers.has(file)) continue;
      expect(readFileSync(file, "utf8"), file).not.toContain(token);
    }
  });

  it("post succeeds and leaves nothing behind after the daemon was SIGKILLed", async () => {
    const j = job();
    expect((await j.main()).code).toBe(0);
    const sandboxId = j.outputs()["sandbox-id"] as string;
    const daemonPid = Number(readCommandFile(j.files.state)["daemon-pid"]);
    process.kill(daemonPid, "SIGKILL");
    expect(await until(() => !processAlive(daemonPid))).toBe(true);
    const post = await j.post();
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toMatch(/::warning::.*not running/);
    // The daemon's own log is shown, for whoever investigates why it died.
    expect(post.stdout).toMatch(/::group::sandbox-action daemon log[\s\S]*daemon starting/);
    expect(await until(() => processesMentioning(sandboxId).length === 0)).toBe(true);
    expect(readdirSync(join(j.root, "temp", "sandbox-action")).filter((f) => f.endsWith(".json"))).toEqual(
      [],
    );
  });

  it("mode ephemeral: `calls` and every later session get a sandbox of their own; post removes them all", async () => {
    const calls = "- tool: run_command\n  args: {command: 'echo from-calls > /tmp/mark; echo ok'}\n";
    const j = job({ mode: "ephemeral", calls });
    const main = await j.main();
    expect(main.code, main.stdout + main.stderr).toBe(0);
    const out = j.outputs();
    expect(JSON.parse(out.results as string)[0].structuredContent.stdout).toBe("ok\n");

    const config = JSON.parse(readFileSync(out["mcp-config"] as string, "utf8")).mcpServers.sandbox;
    const session = async () => {
      const agent = new Client({ name: "later-step", version: "0" });
      await agent.connect(
        new StreamableHTTPClientTransport(new URL(config.url), { requestInit: { headers: config.headers } }),
      );
      return agent;
    };
    const first = await session();
    const second = await session();
    const sh = async (agent: Client, command: string) =>
      ((await agent.callTool({ name: "run_command", arguments: { command } })) as CallToolResult)
        .structuredContent;
    // Neither sees the /tmp of the calls' sandbox, nor of the other session; the workspace is shared.
    expect(await sh(first, "test -e /tmp/mark; echo $? > shared.txt; echo first > /tmp/mark")).toMatchObject({
      exit_code: 0,
    });
    expect(await sh(second, "cat shared.txt; test -e /tmp/mark")).toMatchObject({
      exit_code: 1,
      stdout: "1\n",
    });

    const logDir = join(j.root, "temp", "sandbox-action");
    const logFile = readdirSync(logDir).find((name) => name.endsWith(".daemon.log")) as string;
    const log = readFileSync(join(logDir, logFile), "utf8");
    const sandboxes = [...log.matchAll(/ephemeral: sandbox (\S+) for a new session/g)].map(
      (m) => m[1] as string,
    );
    expect(new Set(sandboxes).size).toBe(3);
    // The calls' session ended with the main step, and its sandbox with it; the two open ones live.
    const [ofCalls, ...open] = sandboxes;
    expect(await until(() => processesMentioning(ofCalls as string).length === 0)).toBe(true);
    expect(open.every((id) => processesMentioning(id).length > 0)).toBe(true);
    await first.close();
    await second.close();

    const post = await j.post();
    expect(post.code, post.stdout + post.stderr).toBe(0);
    const spare = out["sandbox-id"] as string;
    expect(await until(() => [spare, ...sandboxes].every((id) => processesMentioning(id).length === 0))).toBe(
      true,
    );
    expect(readFileSync(j.files.summary, "utf8")).toMatch(/Sandbox \(ephemeral\)/);
  });

  it("runs `calls` first, sets `results`, and fails the step on a failed call unless fail-on-error is false", async () => {
    const calls =
      "- tool: run_command\n  args: {command: 'echo scripted'}\n- tool: read_file\n  args: {path: missing.txt}\n";
    for (const failOnError of ["true", "false"]) {
      const j = job({ calls, "fail-on-error": failOnError });
      const main = await j.main();
      const results = JSON.parse(j.outputs().results as string);
      expect(results.map((r: { tool: string; isError: boolean }) => [r.tool, r.isError])).toEqual([
        ["run_command", false],
        ["read_file", true],
      ]);
      expect(results[0].structuredContent.stdout).toBe("scripted\n");
      if (failOnError === "true") {
        expect(main.code).toBe(1);
        expect(main.stdout).toMatch(/::error::1 of 2 calls failed: read_file/);
      } else {
        expect(main.code).toBe(0);
        expect(main.stdout).toMatch(/::warning::1 of 2 calls failed/);
      }
      expect((await j.post()).code).toBe(0);
    }
  });

  it("applies the host's policy: secrets kept out of results, audit log, daemon log and summary; refusals audited and summarised", async () => {
    const hex = () => randomBytes(8).toString("hex");
    const redactValue = `redact-${hex()}`;
    const envSecret = `env-secret-${hex()}`;
    const githubToken = `ghs_${randomBytes(27).toString("base64").replace(/[+/]/g, "q").slice(0, 36)}`;
    const secrets = [redactValue, envSecret, githubToken];
    const leak = `echo "${redactValue}"; echo "$API_KEY" >&2; echo '${githubToken}'`;
    const calls = JSON.stringify([
      { tool: "run_command", args: { command: leak } },
      { tool: "run_command", args: { command: "curl http://example.com" } },
    ]);
    const j = job({
      calls,
      redact: redactValue,
      env: `secret:API_KEY=${envSecret}\nPLAIN=visible`,
      tools: "run_command,read_file",
      "deny-commands": "\\bcurl\\b",
      "fail-on-error": "false",
    });
    const main = await j.main();
    expect(main.code, main.stdout + main.stderr).toBe(0);
    const out = j.outputs();
    const results = JSON.parse(out.results as string);
    expect(results[0]).toMatchObject({
      isError: false,
      structuredContent: {
        stdout: "[REDACTED:redact]\n[REDACTED:github-token]\n",
        stderr: "[REDACTED:redact]\n",
      },
    });
    expect(results[1].isError).toBe(true);
    expect(results[1].text).toMatch(/refused by the host's policy \(rule: deny-commands \/\\bcurl\\b\/\)/);
    // Not on any command line (the process list is readable by every user of the machine).
    for (const secret of [redactValue, envSecret]) expect(processesMentioning(secret)).toEqual([]);
    // The runner masks the configured values in every later log line.
    expect(main.stdout).toContain(`::add-mask::${redactValue}`);
    expect(main.stdout).toContain(`::add-mask::${envSecret}`);

    // A later step as the agent: only the allowed tools, and the same redaction.
    const config = JSON.parse(readFileSync(out["mcp-config"] as string, "utf8"));
    const agent = new Client({ name: "later-step", version: "0" });
    await agent.connect(
      new StreamableHTTPClientTransport(new URL(config.mcpServers.sandbox.url), {
        requestInit: { headers: config.mcpServers.sandbox.headers },
      }),
    );
    const { tools } = await agent.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(["read_file", "run_command"]);
    const write = await agent.callTool({ name: "write_file", arguments: { path: "x.txt", content: "x" } });
    expect(write.isError).toBe(true);
    expect(JSON.stringify(write.content)).toMatch(/rule: tools/);
    const env = await agent.callTool({ name: "run_command", arguments: { command: "echo $API_KEY $PLAIN" } });
    expect(env.structuredContent).toMatchObject({ stdout: "[REDACTED:redact] visible\n" });
    await agent.close();

    const post = await j.post();
    expect(post.code, post.stdout + post.stderr).toBe(0);
    const audit = readFileSync(out["audit-log"] as string, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(audit.filter((e) => e.denied)).toMatchObject([
      { type: "call", tool: "run_command", rule: "deny-commands: \\bcurl\\b", is_error: true },
      { type: "call", tool: "write_file", rule: "tools", is_error: true },
    ]);
    const summary = readFileSync(j.files.summary, "utf8");
    expect(summary).toContain("Refused by policy");
    expect(summary).toContain("deny-commands: \\bcurl\\b");
    expect(summary).toContain("[REDACTED:github-token]");
    expect(summary).toMatch(/2 tool calls, 0 failed, .*2 calls refused by policy/);

    // No secret in any file of the job (audit log, daemon log, outputs, summary, state) nor in any
    // log line but the runner's add-mask commands.
    for (const file of allFiles(j.root)) {
      const content = readFileSync(file, "utf8");
      for (const secret of secrets) expect(content, `${file} carries a secret`).not.toContain(secret);
    }
    const logLines = `${main.stdout}\n${main.stderr}\n${post.stdout}\n${post.stderr}`.split("\n");
    for (const secret of secrets) {
      expect(logLines.filter((line) => line.includes(secret) && !line.startsWith("::add-mask::"))).toEqual(
        [],
      );
    }
  });

  // Root needs no sudo for cgroups, and bubblewrap run by root needs no unprivileged user
  // namespaces (whatever AppArmor says), so as root there is nothing to do.
  itAsRoot(
    "main changes nothing on the runner where nothing needs changing, runs no sudo or sysctl, and says so",
    async () => {
      const bin = mkdtempSync(join(tmpdir(), "sbx-fake-sudo-"));
      const ran = join(bin, "ran");
      for (const name of ["sudo", "sysctl"]) {
        writeFileSync(join(bin, name), `#!/bin/sh\necho "${name} $*" >> '${ran}'\nexit 1\n`, { mode: 0o755 });
      }
      const j = job({}, { PATH: `${bin}:${process.env.PATH}` });
      const main = await j.main();
      expect(main.code, main.stdout + main.stderr).toBe(0);
      expect(main.stdout).toMatch(
        /^host: nothing to change \(kernel\.apparmor_restrict_unprivileged_userns: (not present|0); cgroups: .+\)$/m,
      );
      expect(main.stdout).not.toMatch(/^host: (set|cgroups for)/m);
      expect(existsSync(ran) ? readFileSync(ran, "utf8") : "").toBe("");
      expect((await j.post()).code).toBe(0);
    },
  );

  it("fails the step on a bad input, naming the input and the accepted values, and post still passes", async () => {
    const j = job({ network: "wide" });
    const main = await j.main();
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(
      /::error::invalid input: network: "wide" is not one of none, allowlist, open/,
    );
    expect((await j.post()).code).toBe(0);
    const bad = job({ "fail-on-error": "maybe" });
    expect((await bad.main()).stdout).toMatch(/fail-on-error: "maybe" is not one of true, false/);
  });
});
