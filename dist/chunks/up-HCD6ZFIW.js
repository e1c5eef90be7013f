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
var import_chunk_CLFXF4LG = require("./chunk-CLFXF4LG.js"), import_chunk_IMYLTVHO = require("./chunk-IMYLTVHO.js"), import_chunk_7MLZIWEW = require("./chunk-7MLZIWEW.js"), import_chunk_X2S6FJ5P = require("./chunk-X2S6FJ5P.js"), import_chunk_AO5665RP = require("./chunk-AO5665RP.js"), import_chunk_XN3HXDLK = require("./chunk-XN3HXDLK.js"), import_chunk_L35A4DH3 = require("./chunk-L35A4DH3.js"), import_chunk_KKHJGK6H = require("./chunk-KKHJGK6H.js"), import_chunk_6KESFPFJ = require("./chunk-6KESFPFJ.js"), import_chunk_4EX4ZYXA = require("./chunk-4EX4ZYXA.js"), import_chunk_TKZAGHXL = require("./chunk-TKZAGHXL.js"), import_chunk_BCNB5QC7 = require("./chunk-BCNB5QC7.js"), import_chunk_QQHNKEZU = require("./chunk-QQHNKEZU.js"), import_chunk_A4M7HLL7 = require("./chunk-A4M7HLL7.js"), import_chunk_X4JXATLK = require("./chunk-X4JXATLK.js"), import_chunk_E2HATPM4 = require("./chunk-E2HATPM4.js"), import_chunk_FXMSNCWT = require("./chunk-FXMSNCWT.js"), import_chunk_NNWUDYE2 = require("./chunk-NNWUDYE2.js"), import_chunk_EBKXDVUJ = require("./chunk-EBKXDVUJ.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
async function execute(args, io) {
  let config = (0, import_chunk_X2S6FJ5P.resolveConfig)(args.options, { cwd: io.cwd }), statePath = typeof args.flags.state == "string" ? (0, import_node_path.resolve)(io.cwd, args.flags.state) : (0, import_chunk_QQHNKEZU.defaultStatePath)(config.workspace), existing = (0, import_chunk_QQHNKEZU.readState)(statePath);
  if (existing && (0, import_chunk_QQHNKEZU.processAlive)(existing.daemon_pid))
    throw new import_chunk_X2S6FJ5P.ConfigError(
      `a sandbox is already up for this workspace (daemon pid ${existing.daemon_pid}, state ${statePath}); run \`down\` first`
    );
  let auditPath = typeof args.flags["audit-log"] == "string" ? (0, import_node_path.resolve)(io.cwd, args.flags["audit-log"]) : (0, import_chunk_QQHNKEZU.siblingPath)(statePath, ".audit.jsonl"), state;
  try {
    state = await (0, import_chunk_IMYLTVHO.launchDaemon)(process.argv[1], config, args.options, {
      state: statePath,
      audit: auditPath,
      log: (0, import_chunk_QQHNKEZU.siblingPath)(statePath, ".log")
    });
  } catch (error) {
    return (0, import_chunk_BCNB5QC7.reportSandboxError)(io.stderr, error), import_chunk_CLFXF4LG.EXIT.sandbox;
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
  ), import_chunk_CLFXF4LG.EXIT.ok;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  execute
});
