var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));
var import_chunk_VKT2BE4S = require("./chunks/chunk-VKT2BE4S.js"), import_chunk_IMYLTVHO = require("./chunks/chunk-IMYLTVHO.js"), import_chunk_7MLZIWEW = require("./chunks/chunk-7MLZIWEW.js"), import_chunk_X2S6FJ5P = require("./chunks/chunk-X2S6FJ5P.js"), import_chunk_AO5665RP = require("./chunks/chunk-AO5665RP.js"), import_chunk_XN3HXDLK = require("./chunks/chunk-XN3HXDLK.js"), import_chunk_L35A4DH3 = require("./chunks/chunk-L35A4DH3.js"), import_chunk_KKHJGK6H = require("./chunks/chunk-KKHJGK6H.js"), import_chunk_CLN36EFS = require("./chunks/chunk-CLN36EFS.js"), import_chunk_6KESFPFJ = require("./chunks/chunk-6KESFPFJ.js"), import_chunk_4EX4ZYXA = require("./chunks/chunk-4EX4ZYXA.js"), import_chunk_TKZAGHXL = require("./chunks/chunk-TKZAGHXL.js"), import_chunk_BPPS7NDN = require("./chunks/chunk-BPPS7NDN.js"), import_chunk_QQHNKEZU = require("./chunks/chunk-QQHNKEZU.js"), import_chunk_A4M7HLL7 = require("./chunks/chunk-A4M7HLL7.js"), import_chunk_X4JXATLK = require("./chunks/chunk-X4JXATLK.js"), import_chunk_E2HATPM4 = require("./chunks/chunk-E2HATPM4.js"), import_chunk_FXMSNCWT = require("./chunks/chunk-FXMSNCWT.js"), import_chunk_NNWUDYE2 = require("./chunks/chunk-NNWUDYE2.js"), import_chunk_EBKXDVUJ = require("./chunks/chunk-EBKXDVUJ.js"), import_chunk_GTVJVVCB = require("./chunks/chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunks/chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_path = require("node:path"), import_node_os = require("node:os"), import_node_path2 = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
function readInputs() {
  let options = {};
  for (let option of import_chunk_X2S6FJ5P.OPTIONS) {
    let value = (0, import_chunk_BPPS7NDN.getInput)(option.name);
    value !== "" && (options[option.name] = value);
  }
  let failOnError = (0, import_chunk_BPPS7NDN.getInput)("fail-on-error") || "true";
  if (failOnError !== "true" && failOnError !== "false")
    throw new import_chunk_X2S6FJ5P.ConfigError(`fail-on-error: "${failOnError}" is not one of true, false`);
  return { options, calls: (0, import_chunk_BPPS7NDN.getInput)("calls"), failOnError: failOnError === "true" };
}
(0, import_chunk_WE6FURZE.init_web_globals)();
function actionPaths(env = process.env) {
  let base = (0, import_node_path2.join)(env.RUNNER_TEMP || (0, import_node_os.tmpdir)(), "sandbox-action"), key = `${env.GITHUB_ACTION || "sandbox"}-${process.pid}`;
  return {
    base,
    state: (0, import_node_path2.join)(base, `${key}.json`),
    audit: (0, import_node_path2.join)(base, `${key}.audit.jsonl`),
    log: (0, import_node_path2.join)(base, `${key}.daemon.log`),
    mcpConfig: (0, import_node_path2.join)(base, `${key}.mcp.json`)
  };
}
async function readCalls(input, workspace) {
  let trimmed = input.trim(), path = (0, import_node_path.resolve)(workspace, trimmed);
  return !trimmed.includes(`
`) && (0, import_node_fs.existsSync)(path) ? (0, import_chunk_VKT2BE4S.loadCalls)(path) : (0, import_chunk_VKT2BE4S.parseCalls)(input, "the calls input");
}
async function main() {
  let inputs = readInputs(), workspace = process.env.GITHUB_WORKSPACE || process.cwd(), config = (0, import_chunk_X2S6FJ5P.resolveConfig)(inputs.options, { cwd: workspace });
  for (let value of config.redact) (0, import_chunk_BPPS7NDN.setSecret)(value);
  let calls = inputs.calls.trim() ? await readCalls(inputs.calls, config.workspace) : [];
  (0, import_chunk_VKT2BE4S.checkCallsAllowed)(calls, new import_chunk_AO5665RP.HostRules(config), "the calls input");
  let paths = actionPaths();
  (0, import_chunk_BPPS7NDN.info)(
    `sandbox-action: ${config.backendReason}; network ${config.network}; workspace ${config.workspace}`
  ), config.backend !== "docker" && await (await Promise.resolve().then(() => __toESM(require("./chunks/host-prep-QKM5YOQU.js")))).prepareRunnerHost(config), (0, import_chunk_BPPS7NDN.saveState)("state-file", paths.state), (0, import_chunk_BPPS7NDN.saveState)("audit-log", paths.audit), (0, import_chunk_BPPS7NDN.saveState)("log-file", paths.log), (0, import_chunk_BPPS7NDN.saveState)("backend", config.backend), (0, import_chunk_BPPS7NDN.saveState)("network", config.network), (0, import_chunk_BPPS7NDN.saveState)("mcp-config", paths.mcpConfig);
  let cliEntry = (0, import_node_path.join)((0, import_node_path.dirname)(process.argv[1]), "index.js"), state = await (0, import_chunk_IMYLTVHO.launchDaemon)(cliEntry, config, inputs.options, paths);
  (0, import_chunk_BPPS7NDN.setSecret)(state.mcp_token), (0, import_chunk_BPPS7NDN.saveState)("run-id", state.run_id), (0, import_chunk_BPPS7NDN.saveState)("daemon-pid", String(state.daemon_pid));
  let mcpConfig = {
    mcpServers: {
      sandbox: { type: "http", url: state.mcp_url, headers: { Authorization: `Bearer ${state.mcp_token}` } }
    }
  };
  if ((0, import_node_fs.writeFileSync)(paths.mcpConfig, `${JSON.stringify(mcpConfig, null, 2)}
`, { mode: 384 }), (0, import_chunk_BPPS7NDN.setOutput)("mcp-url", state.mcp_url), (0, import_chunk_BPPS7NDN.setOutput)("mcp-token", state.mcp_token), (0, import_chunk_BPPS7NDN.setOutput)("mcp-config", paths.mcpConfig), (0, import_chunk_BPPS7NDN.setOutput)("sandbox-id", state.sandbox_id), (0, import_chunk_BPPS7NDN.setOutput)("audit-log", state.audit_log), (0, import_chunk_BPPS7NDN.info)(
    `sandbox ${state.sandbox_id} is up; MCP endpoint ${state.mcp_url} (config in ${paths.mcpConfig})`
  ), calls.length === 0) return;
  let [{ connectAgent }, { callTool }] = await Promise.all([
    Promise.resolve().then(() => __toESM(require("./chunks/agent-client-U6R24PCF.js"))),
    Promise.resolve().then(() => __toESM(require("./chunks/call-ZO3U3HUC.js")))
  ]), agent = await connectAgent(state), results = [];
  try {
    for (let call of calls) {
      let result = await callTool(agent.client, call.tool, call.args, config.timeoutMs);
      results.push(result), (0, import_chunk_BPPS7NDN.info)(`${call.tool}: ${result.isError ? "error" : "ok"} in ${result.duration_ms} ms`);
    }
  } finally {
    await agent.close();
  }
  (0, import_chunk_BPPS7NDN.setOutput)("results", JSON.stringify(results));
  let failed = results.filter((r) => r.isError);
  if (failed.length > 0) {
    let message = `${failed.length} of ${results.length} calls failed: ${failed.map((r) => r.tool).join(", ")}`;
    inputs.failOnError ? (0, import_chunk_BPPS7NDN.setFailed)(message) : (0, import_chunk_BPPS7NDN.warning)(`${message} (fail-on-error: false)`);
  }
}
main().catch((error) => {
  (0, import_chunk_BPPS7NDN.saveState)("main-failed", "true");
  let hint = error.hint, prefix = error instanceof import_chunk_X2S6FJ5P.ConfigError ? "invalid input: " : "";
  (0, import_chunk_BPPS7NDN.setFailed)(`${prefix}${error.message}${hint ? `
fix: ${hint}` : ""}`);
});
