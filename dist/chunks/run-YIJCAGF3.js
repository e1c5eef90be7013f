import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-T2R4P3PH.js";
import {
  loadCalls
} from "./chunk-3BEIKWHJ.js";
import {
  AuditLog,
  startSession
} from "./chunk-EWWDO73D.js";
import {
  ConfigError,
  resolveConfig
} from "./chunk-RLH6FFZM.js";
import "./chunk-XLGWE5QJ.js";
import {
  formatCallHuman,
  reportSandboxError
} from "./chunk-SVOZTIUG.js";
import {
  openBackend
} from "./chunk-EF4XGPR7.js";
import {
  SandboxError
} from "./chunk-J2N5A2XW.js";
import {
  SandboxUnreachableError,
  callTool
} from "./chunk-AI47VOUO.js";
import "./chunk-SMSWNY2J.js";

// src/cli/commands/run.ts
import { resolve } from "node:path";
async function execute(args, io) {
  let callsFile = args.flags.calls;
  if (typeof callsFile != "string")
    throw new ConfigError("--calls FILE|- is required (a YAML or JSON list of {tool, args})");
  let config = resolveConfig(args.options, { cwd: io.cwd }), calls = await loadCalls(callsFile === "-" ? "-" : resolve(io.cwd, callsFile), io.stdin), json = args.flags.json === !0, auditPath = args.flags["audit-log"], audit = typeof auditPath == "string" ? new AuditLog(resolve(io.cwd, auditPath)) : void 0, session;
  try {
    let backend = await openBackend(config.backend, (line) => io.stderr.write(`sandbox-action: ${line}
`));
    session = await startSession(backend, config);
  } catch (error) {
    return reportSandboxError(io.stderr, error), EXIT.sandbox;
  }
  let onSignal = (signal) => {
    io.stderr.write(`sandbox-action: ${signal}: tearing down the sandbox
`), session.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal), process.once("SIGTERM", onSignal);
  let results = [], exit = EXIT.ok;
  try {
    for (let call of calls) {
      let result;
      try {
        result = await callTool(session.client, call.tool, call.args, config.timeoutMs);
      } catch (error) {
        if (!(error instanceof SandboxUnreachableError)) throw error;
        let log = session.serverLog();
        throw new SandboxError(
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
        result_bytes: Buffer.byteLength(result.text)
      }), result.isError && (exit = EXIT.callFailed), json || io.stdout.write(formatCallHuman(call.args, result));
    }
  } catch (error) {
    reportSandboxError(io.stderr, error), exit = EXIT.sandbox;
  } finally {
    process.off("SIGINT", onSignal), process.off("SIGTERM", onSignal), await session.close().catch((error) => io.stderr.write(`sandbox-action: teardown: ${error.message}
`));
  }
  json && io.stdout.write(`${JSON.stringify(results, null, 2)}
`);
  let failed = results.filter((r) => r.isError).length;
  return io.stderr.write(
    `sandbox-action: ${results.length}/${calls.length} calls ran, ${failed} failed (${session.sandbox.backend} backend, ready ${Math.round(session.timings.readySinceProcessStartMs)} ms after start)
`
  ), exit;
}
export {
  execute
};
