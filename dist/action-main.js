import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  launchDaemon
} from "./chunks/chunk-MDBGPQ5L.js";
import {
  checkCallsAllowed,
  loadCalls,
  parseCalls
} from "./chunks/chunk-CHO4BMUZ.js";
import "./chunks/chunk-PDTG2C4E.js";
import "./chunks/chunk-NCJFZMSO.js";
import {
  HostRules
} from "./chunks/chunk-MGZ5UVSX.js";
import {
  ConfigError,
  OPTIONS,
  resolveConfig
} from "./chunks/chunk-JA7W645Z.js";
import "./chunks/chunk-DHGTDYGS.js";
import "./chunks/chunk-VXV7UUND.js";
import "./chunks/chunk-OXZBO3DO.js";
import "./chunks/chunk-WMVBAPYL.js";
import {
  getInput,
  info,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  warning
} from "./chunks/chunk-E32HDT4X.js";
import "./chunks/chunk-XOI5ZSIS.js";
import "./chunks/chunk-52YXYA4C.js";
import "./chunks/chunk-6DITX54Z.js";
import "./chunks/chunk-LSW3IJDY.js";
import "./chunks/chunk-K7RVUPPP.js";
import {
  require_node_fs
} from "./chunks/chunk-2E5UXECN.js";
import "./chunks/chunk-PCBCL7EI.js";
import {
  __toESM,
  init_web_globals
} from "./chunks/chunk-NEIF5R2C.js";

// src/action/main.ts
init_web_globals();
var import_node_fs = __toESM(require_node_fs(), 1);
import { dirname, join as join2, resolve } from "node:path";

// src/action/inputs.ts
init_web_globals();
function readInputs() {
  let options = {};
  for (let option of OPTIONS) {
    let value = getInput(option.name);
    value !== "" && (options[option.name] = value);
  }
  let failOnError = getInput("fail-on-error") || "true";
  if (failOnError !== "true" && failOnError !== "false")
    throw new ConfigError(`fail-on-error: "${failOnError}" is not one of true, false`);
  return { options, calls: getInput("calls"), failOnError: failOnError === "true" };
}

// src/action/paths.ts
init_web_globals();
import { tmpdir } from "node:os";
import { join } from "node:path";
function actionPaths(env = process.env) {
  let base = join(env.RUNNER_TEMP || tmpdir(), "sandbox-action"), key = `${env.GITHUB_ACTION || "sandbox"}-${process.pid}`;
  return {
    base,
    state: join(base, `${key}.json`),
    audit: join(base, `${key}.audit.jsonl`),
    log: join(base, `${key}.daemon.log`),
    mcpConfig: join(base, `${key}.mcp.json`)
  };
}

// src/action/main.ts
async function readCalls(input, workspace) {
  let trimmed = input.trim(), path = resolve(workspace, trimmed);
  return !trimmed.includes(`
`) && (0, import_node_fs.existsSync)(path) ? loadCalls(path) : parseCalls(input, "the calls input");
}
async function main() {
  let inputs = readInputs(), workspace = process.env.GITHUB_WORKSPACE || process.cwd(), config = resolveConfig(inputs.options, { cwd: workspace });
  for (let value of config.redact) setSecret(value);
  let calls = inputs.calls.trim() ? await readCalls(inputs.calls, config.workspace) : [];
  checkCallsAllowed(calls, new HostRules(config), "the calls input");
  let paths = actionPaths();
  info(
    `sandbox-action: ${config.backendReason}; network ${config.network}; workspace ${config.workspace}`
  ), saveState("state-file", paths.state), saveState("audit-log", paths.audit), saveState("log-file", paths.log), saveState("backend", config.backend), saveState("network", config.network), saveState("mcp-config", paths.mcpConfig);
  let cliEntry = join2(dirname(process.argv[1]), "index.js"), state = await launchDaemon(cliEntry, config, inputs.options, paths);
  setSecret(state.mcp_token), saveState("run-id", state.run_id), saveState("daemon-pid", String(state.daemon_pid));
  let mcpConfig = {
    mcpServers: {
      sandbox: { type: "http", url: state.mcp_url, headers: { Authorization: `Bearer ${state.mcp_token}` } }
    }
  };
  if ((0, import_node_fs.writeFileSync)(paths.mcpConfig, `${JSON.stringify(mcpConfig, null, 2)}
`, { mode: 384 }), setOutput("mcp-url", state.mcp_url), setOutput("mcp-token", state.mcp_token), setOutput("mcp-config", paths.mcpConfig), setOutput("sandbox-id", state.sandbox_id), setOutput("audit-log", state.audit_log), info(
    `sandbox ${state.sandbox_id} is up; MCP endpoint ${state.mcp_url} (config in ${paths.mcpConfig})`
  ), calls.length === 0) return;
  let [{ connectAgent }, { callTool }] = await Promise.all([
    import("./chunks/agent-client-RVKWG6NW.js"),
    import("./chunks/call-MQFEARBD.js")
  ]), agent = await connectAgent(state), results = [];
  try {
    for (let call of calls) {
      let result = await callTool(agent.client, call.tool, call.args, config.timeoutMs);
      results.push(result), info(`${call.tool}: ${result.isError ? "error" : "ok"} in ${result.duration_ms} ms`);
    }
  } finally {
    await agent.close();
  }
  setOutput("results", JSON.stringify(results));
  let failed = results.filter((r) => r.isError);
  if (failed.length > 0) {
    let message = `${failed.length} of ${results.length} calls failed: ${failed.map((r) => r.tool).join(", ")}`;
    inputs.failOnError ? setFailed(message) : warning(`${message} (fail-on-error: false)`);
  }
}
main().catch((error) => {
  saveState("main-failed", "true");
  let hint = error.hint, prefix = error instanceof ConfigError ? "invalid input: " : "";
  setFailed(`${prefix}${error.message}${hint ? `
fix: ${hint}` : ""}`);
});
