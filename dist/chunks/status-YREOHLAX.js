import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  connectAgent
} from "./chunk-YXGTD6FT.js";
import {
  findDaemon
} from "./chunk-TJFLY3TE.js";
import "./chunk-Y6GTCIUS.js";
import "./chunk-LEGKTWYF.js";
import "./chunk-BKVB7IIB.js";
import "./chunk-YYQ2SC4C.js";
import {
  EXIT
} from "./chunk-LWUFNTYP.js";
import "./chunk-JA7W645Z.js";
import "./chunk-DHGTDYGS.js";
import "./chunk-OXZBO3DO.js";
import "./chunk-XOI5ZSIS.js";
import "./chunk-2E5UXECN.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/commands/status.ts
init_web_globals();
var PROBE_TIMEOUT_MS = 1e4;
async function execute(args, io) {
  let { path, state, running } = findDaemon(args, io), healthy = !1, lastError;
  if (running)
    try {
      let agent = await connectAgent(state);
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
  return healthy ? EXIT.ok : EXIT.sandbox;
}
export {
  execute
};
