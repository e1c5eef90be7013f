import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-LWUFNTYP.js";
import {
  launchDaemon
} from "./chunk-MDBGPQ5L.js";
import "./chunk-PDTG2C4E.js";
import "./chunk-NCJFZMSO.js";
import "./chunk-MGZ5UVSX.js";
import {
  ConfigError,
  resolveConfig
} from "./chunk-JA7W645Z.js";
import "./chunk-DHGTDYGS.js";
import "./chunk-VXV7UUND.js";
import "./chunk-OXZBO3DO.js";
import "./chunk-WMVBAPYL.js";
import {
  reportSandboxError
} from "./chunk-WNHZAGSQ.js";
import {
  defaultStatePath,
  processAlive,
  readState,
  siblingPath
} from "./chunk-XOI5ZSIS.js";
import "./chunk-52YXYA4C.js";
import "./chunk-6DITX54Z.js";
import "./chunk-LSW3IJDY.js";
import "./chunk-K7RVUPPP.js";
import "./chunk-2E5UXECN.js";
import "./chunk-PCBCL7EI.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/commands/up.ts
init_web_globals();
import { resolve } from "node:path";
async function execute(args, io) {
  let config = resolveConfig(args.options, { cwd: io.cwd }), statePath = typeof args.flags.state == "string" ? resolve(io.cwd, args.flags.state) : defaultStatePath(config.workspace), existing = readState(statePath);
  if (existing && processAlive(existing.daemon_pid))
    throw new ConfigError(
      `a sandbox is already up for this workspace (daemon pid ${existing.daemon_pid}, state ${statePath}); run \`down\` first`
    );
  let auditPath = typeof args.flags["audit-log"] == "string" ? resolve(io.cwd, args.flags["audit-log"]) : siblingPath(statePath, ".audit.jsonl"), state;
  try {
    state = await launchDaemon(process.argv[1], config, args.options, {
      state: statePath,
      audit: auditPath,
      log: siblingPath(statePath, ".log")
    });
  } catch (error) {
    return reportSandboxError(io.stderr, error), EXIT.sandbox;
  }
  let info = {
    mcp_url: state.mcp_url,
    mcp_token: state.mcp_token,
    sandbox_id: state.sandbox_id,
    daemon_pid: state.daemon_pid,
    state_file: statePath
  };
  return args.flags.json === !0 ? io.stdout.write(`${JSON.stringify(info, null, 2)}
`) : io.stdout.write(
    [
      state.mode === "ephemeral" ? `sandbox-action is up in mode ephemeral: a fresh sandbox per session (${state.backend} backend, network ${config.network}); the first is ${state.sandbox_id}` : `sandbox ${state.sandbox_id} is up (${state.backend} backend, network ${config.network})`,
      `  MCP endpoint: ${state.mcp_url}`,
      `  token:        in ${statePath} (mcp_token); send it as "Authorization: Bearer <token>"`,
      `  audit log:    ${state.audit_log}`,
      "  stop it with: sandbox-action down",
      ""
    ].join(`
`)
  ), EXIT.ok;
}
export {
  execute
};
