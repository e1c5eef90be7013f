// `run`: provision, run the calls in order, tear down. Exit 0 when every call succeeded, 1 when one
// returned an error (or was refused by a command rule), 2 for bad input (before any sandbox
// starts: a disallowed tool in the calls file is bad input), 3 when the sandbox failed.
// `run` talks to the sandbox without the proxy, so it applies the host's policy itself: the same
// rules, the same redaction of results, errors and the audit log.
import { resolve } from "node:path";
import { openBackend } from "../../backends/index.js";
import { SandboxError } from "../../backends/types.js";
import { ConfigError, resolveConfig } from "../../config/index.js";
import type { EgressDecision } from "../../egress/decision.js";
import { AuditLog } from "../../host/audit.js";
import { type CallResult, callTool, SandboxUnreachableError } from "../../host/call.js";
import type { LeanMcpClient } from "../../host/lean-client.js";
import { newRunId, type SandboxSession, startSession } from "../../host/session.js";
import { hostPolicy } from "../../policy/index.js";
import type { ParsedArgs } from "../args.js";
import { checkCallsAllowed, loadCalls } from "../calls.js";
import type { CommandIo } from "../commands.js";
import { EXIT } from "../exit-codes.js";
import { formatCallHuman, redactingWriter, reportSandboxError } from "../output.js";

export async function execute(args: ParsedArgs, io: CommandIo): Promise<number> {
  const callsFile = args.flags.calls;
  if (typeof callsFile !== "string")
    throw new ConfigError("--calls FILE|- is required (a YAML or JSON list of {tool, args})");
  const config = resolveConfig(args.options, { cwd: io.cwd });
  const calls = await loadCalls(callsFile === "-" ? "-" : resolve(io.cwd, callsFile), () => io.stdin);
  const policy = hostPolicy(config);
  checkCallsAllowed(calls, policy.rules, callsFile === "-" ? "<stdin>" : callsFile);
  const json = args.flags.json === true;
  const auditPath = args.flags["audit-log"];
  const audit =
    typeof auditPath === "string"
      ? new AuditLog(resolve(io.cwd, auditPath), { redactor: policy.redactor })
      : undefined;
  // Errors quote the server's output: they are sandbox output too.
  const stderr = redactingWriter(io.stderr, policy);
  const runId = newRunId();

  let session: SandboxSession<LeanMcpClient>;
  try {
    const backend = await openBackend(config.backend, (line) => stderr.write(`sandbox-action: ${line}\n`));
    session = await startSession(backend, config, {
      runId,
      // no agent to relay progress or logging to: the lean client, without the SDK's start-up cost
      client: () => import("../../host/lean-client.js").then((module) => module.connectLean),
      log: (line: string) => stderr.write(`sandbox-action: ${line}\n`),
      onEgress: (decision: EgressDecision) => audit?.egress(runId, decision),
    });
  } catch (error) {
    reportSandboxError(stderr, error);
    audit?.close();
    return EXIT.sandbox;
  }

  let expiredReason: string | undefined;
  void session.expired.then((reason) => {
    expiredReason = reason;
  });

  // Ctrl-C or a cancelled job must still tear the sandbox down.
  const onSignal = (signal: NodeJS.Signals) => {
    stderr.write(`sandbox-action: ${signal}: tearing down the sandbox\n`);
    void session.close().finally(() => {
      audit?.close();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const results: CallResult[] = [];
  let exit: number = EXIT.ok;
  let denied = 0;
  try {
    for (const call of calls) {
      const started = performance.now();
      const denial = policy.rules.check(call.tool, call.args);
      let result: CallResult;
      if (denial) {
        denied++;
        result = {
          tool: call.tool,
          isError: true,
          text: denial.message,
          duration_ms: Math.round(performance.now() - started),
        };
      } else {
        try {
          result = policy.redactor.value(
            await callTool(session.client, call.tool, call.args, config.timeoutMs),
          );
        } catch (error) {
          if (!(error instanceof SandboxUnreachableError)) throw error;
          if (expiredReason) throw new SandboxError(expiredReason);
          const log = session.serverLog();
          throw new SandboxError(
            `the sandbox stopped answering: ${error.message}${log ? `\nserver output:\n${log}` : ""}`,
          );
        }
      }
      results.push(result);
      audit?.record({
        time: new Date().toISOString(),
        run_id: session.runId,
        tool: call.tool,
        arguments: call.args,
        duration_ms: result.duration_ms,
        is_error: result.isError,
        ...(typeof result.structuredContent?.exit_code === "number"
          ? { exit_code: result.structuredContent.exit_code }
          : {}),
        result_bytes: Buffer.byteLength(result.text),
        ...(denial ? { denied: true, rule: denial.rule, error: denial.message } : {}),
      });
      if (result.isError) exit = EXIT.callFailed;
      if (!json) io.stdout.write(formatCallHuman(policy.redactor.value(call.args), result));
    }
  } catch (error) {
    reportSandboxError(stderr, error);
    exit = EXIT.sandbox;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await session
      .close()
      .catch((error: Error) => stderr.write(`sandbox-action: teardown: ${error.message}\n`));
    audit?.close();
  }
  if (json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  const failed = results.filter((r) => r.isError).length;
  stderr.write(
    `sandbox-action: ${results.length}/${calls.length} calls ran, ${failed} failed${denied ? ` (${denied} refused by policy)` : ""} (${session.sandbox.backend} backend, ready ${Math.round(session.timings.readySinceProcessStartMs)} ms after start)\n`,
  );
  return exit;
}
