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
var import_chunk_Q4C4PGG7 = require("./chunk-Q4C4PGG7.js"), import_chunk_CLFXF4LG = require("./chunk-CLFXF4LG.js"), import_chunk_X2S6FJ5P = require("./chunk-X2S6FJ5P.js"), import_chunk_XN3HXDLK = require("./chunk-XN3HXDLK.js"), import_chunk_L35A4DH3 = require("./chunk-L35A4DH3.js"), import_chunk_6KESFPFJ = require("./chunk-6KESFPFJ.js"), import_chunk_6AYIPOVL = require("./chunk-6AYIPOVL.js"), import_chunk_QQHNKEZU = require("./chunk-QQHNKEZU.js"), import_chunk_X4JXATLK = require("./chunk-X4JXATLK.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
async function execute(args, io) {
  let { path, state } = (0, import_chunk_Q4C4PGG7.findDaemon)(args, io), outcome = await (0, import_chunk_6AYIPOVL.stopRun)({ daemonPid: state.daemon_pid, runId: state.run_id, backend: state.backend });
  outcome.daemon === "killed" && io.stderr.write(
    `sandbox-action down: the daemon did not stop within ${import_chunk_6AYIPOVL.STOP_GRACE_MS} ms; it was killed
`
  );
  let reaped = outcome.reaped;
  (0, import_chunk_QQHNKEZU.removeState)(path);
  let what = state.mode === "ephemeral" ? `the daemon of run ${state.run_id} and its sandboxes are` : `sandbox ${state.sandbox_id} is`;
  return io.stderr.write(
    `sandbox-action: ${what} down${reaped.length ? ` (reaped ${reaped.length} left behind)` : ""}
`
  ), import_chunk_CLFXF4LG.EXIT.ok;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  execute
});
