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
  STOP_GRACE_MS: () => STOP_GRACE_MS,
  stopRun: () => stopRun
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_QQHNKEZU = require("./chunk-QQHNKEZU.js"), import_chunk_X4JXATLK = require("./chunk-X4JXATLK.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
var STOP_GRACE_MS = 1e4, KILL_WAIT_MS = 2e3;
async function waitForExit(pid, ms) {
  let deadline = Date.now() + ms;
  for (; (0, import_chunk_QQHNKEZU.processAlive)(pid); ) {
    if (Date.now() > deadline) return !1;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !0;
}
async function stopRun(run) {
  let daemon = "not-running", pid = run.daemonPid;
  pid && (0, import_chunk_QQHNKEZU.processAlive)(pid) && (process.kill(pid, "SIGTERM"), daemon = "stopped", await waitForExit(pid, STOP_GRACE_MS) || (process.kill(pid, "SIGKILL"), await waitForExit(pid, KILL_WAIT_MS), daemon = "killed"));
  let reaped = [];
  if (run.runId)
    for (let backend of await (0, import_chunk_X4JXATLK.backendsToReap)(run.backend))
      reaped.push(...await backend.reap({ [import_chunk_GTVJVVCB.LABEL_RUN_ID]: run.runId }));
  return { daemon, reaped };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  STOP_GRACE_MS,
  stopRun
});
