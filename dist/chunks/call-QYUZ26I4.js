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
var import_chunk_ADPY5LWK = require("./chunk-ADPY5LWK.js"), import_chunk_Q4C4PGG7 = require("./chunk-Q4C4PGG7.js"), import_chunk_CLFXF4LG = require("./chunk-CLFXF4LG.js"), import_chunk_J65D5WBZ = require("./chunk-J65D5WBZ.js"), import_chunk_54RLGO4C = require("./chunk-54RLGO4C.js"), import_chunk_J34AVT42 = require("./chunk-J34AVT42.js"), import_chunk_RXVTIGQ6 = require("./chunk-RXVTIGQ6.js"), import_chunk_BQUIEBUU = require("./chunk-BQUIEBUU.js"), import_chunk_X2S6FJ5P = require("./chunk-X2S6FJ5P.js"), import_chunk_XN3HXDLK = require("./chunk-XN3HXDLK.js"), import_chunk_L35A4DH3 = require("./chunk-L35A4DH3.js"), import_chunk_CLN36EFS = require("./chunk-CLN36EFS.js"), import_chunk_6KESFPFJ = require("./chunk-6KESFPFJ.js"), import_chunk_TKZAGHXL = require("./chunk-TKZAGHXL.js"), import_chunk_BCNB5QC7 = require("./chunk-BCNB5QC7.js"), import_chunk_QQHNKEZU = require("./chunk-QQHNKEZU.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
var DEFAULT_WAIT_MS = 10 * 6e4;
async function execute(args, io) {
  let [tool, ...extra] = args.positionals;
  if (!tool) throw new import_chunk_X2S6FJ5P.ConfigError(`call needs a TOOL: one of ${import_chunk_X2S6FJ5P.TOOL_NAMES.join(", ")}`);
  if (extra.length) throw new import_chunk_X2S6FJ5P.ConfigError(`call takes one TOOL, got also ${extra.join(" ")}`);
  if (!(0, import_chunk_X2S6FJ5P.isToolName)(tool))
    throw new import_chunk_X2S6FJ5P.ConfigError(`unknown tool "${tool}"; the tools are ${import_chunk_X2S6FJ5P.TOOL_NAMES.join(", ")}`);
  let toolArgs = {};
  if (typeof args.flags.args == "string") {
    try {
      toolArgs = JSON.parse(args.flags.args);
    } catch (error) {
      throw new import_chunk_X2S6FJ5P.ConfigError(`--args is not JSON: ${error.message}`);
    }
    if (typeof toolArgs != "object" || toolArgs === null || Array.isArray(toolArgs))
      throw new import_chunk_X2S6FJ5P.ConfigError(`--args must be a JSON object, e.g. '{"command":"ls"}'`);
  }
  let { state, running } = (0, import_chunk_Q4C4PGG7.findDaemon)(args, io);
  if (!running)
    return io.stderr.write(
      `sandbox-action call: the daemon (pid ${state.daemon_pid}) is not running; run \`down\`, then \`up\`
`
    ), import_chunk_CLFXF4LG.EXIT.sandbox;
  let agent = await (0, import_chunk_ADPY5LWK.connectAgent)(state).catch((error) => {
    io.stderr.write(`sandbox-action call: cannot reach the daemon at ${state.mcp_url}: ${error.message}
`);
  });
  if (!agent) return import_chunk_CLFXF4LG.EXIT.sandbox;
  try {
    let result = await (0, import_chunk_J65D5WBZ.callTool)(agent.client, tool, toolArgs, DEFAULT_WAIT_MS);
    return args.flags.json === !0 ? io.stdout.write(`${JSON.stringify(result, null, 2)}
`) : io.stdout.write((0, import_chunk_BCNB5QC7.formatCallHuman)(toolArgs, result)), result.isError ? import_chunk_CLFXF4LG.EXIT.callFailed : import_chunk_CLFXF4LG.EXIT.ok;
  } catch (error) {
    if (!(error instanceof import_chunk_J65D5WBZ.SandboxUnreachableError)) throw error;
    return io.stderr.write(`sandbox-action call: ${error.message}
`), import_chunk_CLFXF4LG.EXIT.sandbox;
  } finally {
    await agent.close();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  execute
});
