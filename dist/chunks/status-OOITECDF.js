var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  execute: () => execute
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_ADPY5LWK = require("./chunk-ADPY5LWK.js"), import_chunk_Q4C4PGG7 = require("./chunk-Q4C4PGG7.js"), import_chunk_CLFXF4LG = require("./chunk-CLFXF4LG.js"), import_chunk_54RLGO4C = require("./chunk-54RLGO4C.js"), import_chunk_J34AVT42 = require("./chunk-J34AVT42.js"), import_chunk_RXVTIGQ6 = require("./chunk-RXVTIGQ6.js"), import_chunk_BQUIEBUU = require("./chunk-BQUIEBUU.js"), import_chunk_X2S6FJ5P = require("./chunk-X2S6FJ5P.js"), import_chunk_XN3HXDLK = require("./chunk-XN3HXDLK.js"), import_chunk_L35A4DH3 = require("./chunk-L35A4DH3.js"), import_chunk_CLN36EFS = require("./chunk-CLN36EFS.js"), import_chunk_6KESFPFJ = require("./chunk-6KESFPFJ.js"), import_chunk_TKZAGHXL = require("./chunk-TKZAGHXL.js"), import_chunk_QQHNKEZU = require("./chunk-QQHNKEZU.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
var PROBE_TIMEOUT_MS = 1e4;
async function execute(args, io) {
  let { path, state, running } = (0, import_chunk_Q4C4PGG7.findDaemon)(args, io), healthy = !1, lastError;
  if (running)
    try {
      let agent = await (0, import_chunk_ADPY5LWK.connectAgent)(state);
      try {
        await agent.client.listTools(void 0, { timeout: PROBE_TIMEOUT_MS }), healthy = !0;
      } finally {
        await agent.close();
      }
    } catch (error) {
      lastError = error.message;
    }
  else
    lastError = `the daemon (pid ${state.daemon_pid}) is not running`;
  let health = state.health;
  health && running && !health.healthy && (healthy = !1, lastError ??= health.last_error ?? void 0);
  let status = {
    backend: state.backend,
    mode: state.mode ?? "persistent",
    ...state.live_sandboxes === void 0 ? {} : { live_sandboxes: state.live_sandboxes },
    sandbox_id: state.sandbox_id,
    run_id: state.run_id,
    daemon_pid: state.daemon_pid,
    daemon_running: running,
    mcp_url: state.mcp_url,
    healthy,
    checked_at: (/* @__PURE__ */ new Date()).toISOString(),
    state: running ? health?.state ?? "running" : "stopped",
    consecutive_ok: health?.consecutive_ok ?? null,
    consecutive_failures: health?.consecutive_failures ?? null,
    last_ok: health?.last_ok ?? null,
    last_error: lastError ?? health?.last_error ?? null,
    respawns: health?.respawns ?? 0,
    audit_log: state.audit_log,
    log_file: state.log_file,
    state_file: path
  };
  if (args.flags.json === !0) io.stdout.write(`${JSON.stringify(status, null, 2)}
`);
  else {
    let what = status.mode === "ephemeral" ? `${state.live_sandboxes ?? 0} session sandbox(es) open` : `sandbox ${state.sandbox_id}`;
    io.stdout.write(
      `${healthy ? "healthy" : "UNHEALTHY"}: ${what} (${state.backend}, ${status.mode}), daemon pid ${state.daemon_pid}${running ? "" : " (not running)"}, ${state.mcp_url}
`
    ), health && io.stdout.write(
      `  ${status.state}; checks: ${health.consecutive_ok} ok / ${health.consecutive_failures} failed in a row; respawns: ${health.respawns}; last ok: ${health.last_ok ?? "never"}
`
    ), status.last_error && io.stdout.write(`  last error: ${status.last_error}
`);
  }
  return healthy ? import_chunk_CLFXF4LG.EXIT.ok : import_chunk_CLFXF4LG.EXIT.sandbox;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  execute
});
