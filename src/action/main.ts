// The action's main step: provision the sandbox and its daemon, mask the token, set the outputs a
// later step needs to connect, and optionally run scripted calls through the daemon first.
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import * as core from "@actions/core";
import { type Call, checkCallsAllowed, loadCalls, parseCalls } from "../cli/calls.js";
import { ConfigError, resolveConfig } from "../config/index.js";
import { launchDaemon } from "../daemon/launch.js";
import type { CallResult } from "../host/call.js";
import { HostRules } from "../policy/rules.js";
import { readInputs } from "./inputs.js";
import { actionPaths } from "./paths.js";

async function readCalls(input: string, workspace: string): Promise<Call[]> {
  const trimmed = input.trim();
  const path = resolve(workspace, trimmed);
  // A single line naming an existing file is a calls file; anything else is the calls themselves.
  if (!trimmed.includes("\n") && existsSync(path)) return loadCalls(path);
  return parseCalls(input, "the calls input");
}

async function main(): Promise<void> {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const config = resolveConfig(inputs.options, { cwd: workspace });
  // The runner masks these in every later log line too (the host redacts what it shows itself).
  for (const value of config.redact) core.setSecret(value);
  const calls = inputs.calls.trim() ? await readCalls(inputs.calls, config.workspace) : [];
  checkCallsAllowed(calls, new HostRules(config), "the calls input");
  const paths = actionPaths();
  core.info(
    `sandbox-action: ${config.backendReason}; network ${config.network}; workspace ${config.workspace}`,
  );
  // The runner itself, for the local backend: AppArmor's user namespace restriction and a cgroup
  // for the limits, through sudo where needed and possible (./host-prep.ts). Not for docker.
  if (config.backend !== "docker") await (await import("./host-prep.js")).prepareRunnerHost(config);

  // Saved before the daemon starts: post must find and reap it even if this step dies halfway.
  core.saveState("state-file", paths.state);
  core.saveState("audit-log", paths.audit);
  core.saveState("log-file", paths.log);
  core.saveState("backend", config.backend);
  core.saveState("network", config.network);
  core.saveState("mcp-config", paths.mcpConfig);

  const cliEntry = join(dirname(process.argv[1] as string), "index.js");
  const state = await launchDaemon(cliEntry, config, inputs.options, paths);
  core.setSecret(state.mcp_token);
  core.saveState("run-id", state.run_id);
  core.saveState("daemon-pid", String(state.daemon_pid));

  const mcpConfig = {
    mcpServers: {
      sandbox: { type: "http", url: state.mcp_url, headers: { Authorization: `Bearer ${state.mcp_token}` } },
    },
  };
  writeFileSync(paths.mcpConfig, `${JSON.stringify(mcpConfig, null, 2)}\n`, { mode: 0o600 });
  core.setOutput("mcp-url", state.mcp_url);
  core.setOutput("mcp-token", state.mcp_token);
  core.setOutput("mcp-config", paths.mcpConfig);
  core.setOutput("sandbox-id", state.sandbox_id);
  core.setOutput("audit-log", state.audit_log);
  core.info(
    `sandbox ${state.sandbox_id} is up; MCP endpoint ${state.mcp_url} (config in ${paths.mcpConfig})`,
  );

  if (calls.length === 0) return;
  // The MCP client is loaded only when there are calls to make.
  const [{ connectAgent }, { callTool }] = await Promise.all([
    import("../cli/agent-client.js"),
    import("../host/call.js"),
  ]);
  const agent = await connectAgent(state);
  const results: CallResult[] = [];
  try {
    for (const call of calls) {
      const result = await callTool(agent.client, call.tool, call.args, config.timeoutMs);
      results.push(result);
      core.info(`${call.tool}: ${result.isError ? "error" : "ok"} in ${result.duration_ms} ms`);
    }
  } finally {
    await agent.close();
  }
  core.setOutput("results", JSON.stringify(results));
  const failed = results.filter((r) => r.isError);
  if (failed.length > 0) {
    const message = `${failed.length} of ${results.length} calls failed: ${failed.map((r) => r.tool).join(", ")}`;
    if (inputs.failOnError) core.setFailed(message);
    else core.warning(`${message} (fail-on-error: false)`);
  }
}

main().catch((error: unknown) => {
  core.saveState("main-failed", "true");
  const hint = (error as { hint?: string }).hint;
  const prefix = error instanceof ConfigError ? "invalid input: " : "";
  core.setFailed(`${prefix}${(error as Error).message}${hint ? `\nfix: ${hint}` : ""}`);
});
