import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-LWUFNTYP.js";
import {
  SandboxUnreachableError,
  callTool
} from "./chunk-EN6DPMF3.js";
import {
  checkCallsAllowed,
  loadCalls
} from "./chunk-CHO4BMUZ.js";
import {
  AuditLog,
  newRunId,
  startSession
} from "./chunk-PDTG2C4E.js";
import "./chunk-NCJFZMSO.js";
import {
  hostPolicy
} from "./chunk-MGZ5UVSX.js";
import {
  ConfigError,
  resolveConfig
} from "./chunk-JA7W645Z.js";
import "./chunk-DHGTDYGS.js";
import "./chunk-VXV7UUND.js";
import "./chunk-WMVBAPYL.js";
import {
  formatCallHuman,
  redactingWriter,
  reportSandboxError
} from "./chunk-WNHZAGSQ.js";
import "./chunk-52YXYA4C.js";
import "./chunk-6DITX54Z.js";
import "./chunk-LSW3IJDY.js";
import {
  SandboxError
} from "./chunk-K7RVUPPP.js";
import "./chunk-2E5UXECN.js";
import {
  openBackend
} from "./chunk-PCBCL7EI.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/commands/run.ts
init_web_globals();
import { resolve } from "node:path";
async function execute(args, io) {
  let callsFile = args.flags.calls;
  if (typeof callsFile != "string")
    throw new ConfigError("--calls FILE|- is required (a YAML or JSON list of {tool, args})");
  let config = resolveConfig(args.options, { cwd: io.cwd }), calls = await loadCalls(callsFile === "-" ? "-" : resolve(io.cwd, callsFile), () => io.stdin), policy = hostPolicy(config);
  checkCallsAllowed(calls, policy.rules, callsFile === "-" ? "<stdin>" : callsFile);
  let json = args.flags.json === !0, auditPath = args.flags["audit-log"], audit = typeof auditPath == "string" ? new AuditLog(resolve(io.cwd, auditPath), { redactor: policy.redactor }) : void 0, stderr = redactingWriter(io.stderr, policy), runId = newRunId(), session;
  try {
    let backend = await openBackend(config.backend, (line) => stderr.write(`sandbox-action: ${line}
`));
    session = await startSession(backend, config, {
      runId,
      // no agent to relay progress or logging to: the lean client, without the SDK's start-up cost
      client: () => import("./lean-client-6WWVBMLP.js").then((module) => module.connectLean),
      log: (line) => stderr.write(`sandbox-action: ${line}
`),
      onEgress: (decision) => audit?.egress(runId, decision)
    });
  } catch (error) {
    return reportSandboxError(stderr, error), audit?.close(), EXIT.sandbox;
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
  let results = [], exit = EXIT.ok, denied = 0;
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
            await callTool(session.client, call.tool, call.args, config.timeoutMs)
          );
        } catch (error) {
          if (!(error instanceof SandboxUnreachableError)) throw error;
          if (expiredReason) throw new SandboxError(expiredReason);
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
        result_bytes: Buffer.byteLength(result.text),
        ...denial ? { denied: !0, rule: denial.rule, error: denial.message } : {}
      }), result.isError && (exit = EXIT.callFailed), json || io.stdout.write(formatCallHuman(policy.redactor.value(call.args), result));
    }
  } catch (error) {
    reportSandboxError(stderr, error), exit = EXIT.sandbox;
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
export {
  execute
};
