var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
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
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  execute: () => execute
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_CLFXF4LG = require("./chunk-CLFXF4LG.js"), import_chunk_J65D5WBZ = require("./chunk-J65D5WBZ.js"), import_chunk_VKT2BE4S = require("./chunk-VKT2BE4S.js"), import_chunk_7MLZIWEW = require("./chunk-7MLZIWEW.js"), import_chunk_X2S6FJ5P = require("./chunk-X2S6FJ5P.js"), import_chunk_AO5665RP = require("./chunk-AO5665RP.js"), import_chunk_XN3HXDLK = require("./chunk-XN3HXDLK.js"), import_chunk_L35A4DH3 = require("./chunk-L35A4DH3.js"), import_chunk_KKHJGK6H = require("./chunk-KKHJGK6H.js"), import_chunk_CLN36EFS = require("./chunk-CLN36EFS.js"), import_chunk_6KESFPFJ = require("./chunk-6KESFPFJ.js"), import_chunk_4EX4ZYXA = require("./chunk-4EX4ZYXA.js"), import_chunk_BCNB5QC7 = require("./chunk-BCNB5QC7.js"), import_chunk_A4M7HLL7 = require("./chunk-A4M7HLL7.js"), import_chunk_X4JXATLK = require("./chunk-X4JXATLK.js"), import_chunk_E2HATPM4 = require("./chunk-E2HATPM4.js"), import_chunk_FXMSNCWT = require("./chunk-FXMSNCWT.js"), import_chunk_NNWUDYE2 = require("./chunk-NNWUDYE2.js"), import_chunk_EBKXDVUJ = require("./chunk-EBKXDVUJ.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
async function execute(args, io) {
  let callsFile = args.flags.calls;
  if (typeof callsFile != "string")
    throw new import_chunk_X2S6FJ5P.ConfigError("--calls FILE|- is required (a YAML or JSON list of {tool, args})");
  let config = (0, import_chunk_X2S6FJ5P.resolveConfig)(args.options, { cwd: io.cwd }), calls = await (0, import_chunk_VKT2BE4S.loadCalls)(callsFile === "-" ? "-" : (0, import_node_path.resolve)(io.cwd, callsFile), () => io.stdin), policy = (0, import_chunk_AO5665RP.hostPolicy)(config);
  (0, import_chunk_VKT2BE4S.checkCallsAllowed)(calls, policy.rules, callsFile === "-" ? "<stdin>" : callsFile);
  let json = args.flags.json === !0, auditPath = args.flags["audit-log"], audit = typeof auditPath == "string" ? new import_chunk_7MLZIWEW.AuditLog((0, import_node_path.resolve)(io.cwd, auditPath), { redactor: policy.redactor }) : void 0, stderr = (0, import_chunk_BCNB5QC7.redactingWriter)(io.stderr, policy), runId = (0, import_chunk_7MLZIWEW.newRunId)(), session;
  try {
    let backend = await (0, import_chunk_X4JXATLK.openBackend)(config.backend, (line) => stderr.write(`sandbox-action: ${line}
`));
    session = await (0, import_chunk_7MLZIWEW.startSession)(backend, config, {
      runId,
      // no agent to relay progress or logging to: the lean client, without the SDK's start-up cost
      client: () => Promise.resolve().then(() => __toESM(require("./lean-client-2EWOVABT.js"))).then((module2) => module2.connectLean),
      log: (line) => stderr.write(`sandbox-action: ${line}
`),
      onEgress: (decision) => audit?.egress(runId, decision)
    });
  } catch (error) {
    return (0, import_chunk_BCNB5QC7.reportSandboxError)(stderr, error), audit?.close(), import_chunk_CLFXF4LG.EXIT.sandbox;
  }
  let expiredReason;
  session.expired.then((reason) => {
    expiredReason = reason;
  });
  let onSignal = (signal) => {
    stderr.write(`sandbox-action: ${signal}: tearing down the sandbox
`), session.close().finally(() => {
      audit?.close(), process.exit(signal === "SIGINT" ? 130 : 143);
    });
  };
  process.once("SIGINT", onSignal), process.once("SIGTERM", onSignal);
  let results = [], exit = import_chunk_CLFXF4LG.EXIT.ok, denied = 0;
  try {
    for (let call of calls) {
      let started = performance.now(), denial = policy.rules.check(call.tool, call.args), result;
      if (denial)
        denied++, result = {
          tool: call.tool,
          isError: !0,
          text: denial.message,
          duration_ms: Math.round(performance.now() - started)
        };
      else
        try {
          result = policy.redactor.value(
            await (0, import_chunk_J65D5WBZ.callTool)(session.client, call.tool, call.args, config.timeoutMs)
          );
        } catch (error) {
          if (!(error instanceof import_chunk_J65D5WBZ.SandboxUnreachableError)) throw error;
          if (expiredReason) throw new import_chunk_GTVJVVCB.SandboxError(expiredReason);
          let log = session.serverLog();
          throw new import_chunk_GTVJVVCB.SandboxError(
            `the sandbox stopped answering: ${error.message}${log ? `
server output:
${log}` : ""}`
          );
        }
      results.push(result), audit?.record({
        time: (/* @__PURE__ */ new Date()).toISOString(),
        run_id: session.runId,
        tool: call.tool,
        arguments: call.args,
        duration_ms: result.duration_ms,
        is_error: result.isError,
        ...typeof result.structuredContent?.exit_code == "number" ? { exit_code: result.structuredContent.exit_code } : {},
        result_bytes: Buffer.byteLength(result.text),
        ...denial ? { denied: !0, rule: denial.rule, error: denial.message } : {}
      }), result.isError && (exit = import_chunk_CLFXF4LG.EXIT.callFailed), json || io.stdout.write((0, import_chunk_BCNB5QC7.formatCallHuman)(policy.redactor.value(call.args), result));
    }
  } catch (error) {
    (0, import_chunk_BCNB5QC7.reportSandboxError)(stderr, error), exit = import_chunk_CLFXF4LG.EXIT.sandbox;
  } finally {
    process.off("SIGINT", onSignal), process.off("SIGTERM", onSignal), await session.close().catch((error) => stderr.write(`sandbox-action: teardown: ${error.message}
`)), audit?.close();
  }
  json && io.stdout.write(`${JSON.stringify(results, null, 2)}
`);
  let failed = results.filter((r) => r.isError).length;
  return stderr.write(
    `sandbox-action: ${results.length}/${calls.length} calls ran, ${failed} failed${denied ? ` (${denied} refused by policy)` : ""} (${session.sandbox.backend} backend, ready ${Math.round(session.timings.readySinceProcessStartMs)} ms after start)
`
  ), exit;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  execute
});
