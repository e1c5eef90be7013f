// `run`: provision, run the calls in order, tear down. Exit 0 when every call succeeded, 1 when one
// returned an error, 2 for bad input (before any sandbox starts), 3 when the sandbox failed.
import { resolve } from "node:path";
import { openBackend } from "../../backends/index.js";
import { SandboxError } from "../../backends/types.js";
import { ConfigError, resolveConfig } from "../../config/index.js";
import { AuditLog } from "../../host/audit.js";
import { type CallResult, callTool, SandboxUnreachableError } from "../../host/call.js";
import { startSession } from "../../host/session.js";
import type { ParsedArgs } from "../args.js";
import { loadCalls } from "../calls.js";
import type { CommandIo } from "../commands.js";
import { EXIT } from "../exit-codes.js";
import { formatCallHuman, reportSandboxError } from "../output.js";

export async function execute(args: ParsedArgs, io: CommandIo): Promise<number> {
  const callsFile = args.flags.calls;
  if (typeof callsFile !== "string")
    throw new ConfigError("--calls FILE|- is required (a YAML or JSON list of {tool, args})");
  const config = resolveConfig(args.options, { cwd: io.cwd });
  const calls = await loadCalls(callsFile === "-" ? "-" : resolve(io.cwd, callsFile), io.stdin);
  const json = args.flags.json === true;
  const auditPath = args.flags["audit-log"];
  const audit = typeof auditPath === "string" ? new AuditLog(resolve(io.cwd, auditPath)) : undefined;

  let session: Awaited<ReturnType<typeof startSession>>;
  try {
    const backend = await openBackend(config.backend, (line) => io.stderr.write(`sandbox-action: ${line}\n`));
    session = await startSession(backend, config);
  } catch (error) {
    reportSandboxError(io.stderr, error);
    return EXIT.sandbox;
  }

  // Ctrl-C or a cancelled job must still tear the sandbox down.
  const onSignal = (signal: NodeJS.Signals) => {
    io.stderr.write(`sandbox-action: ${signal}: tearing down the sandbox\n`);
    void session.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const results: CallResult[] = [];
  let exit: number = EXIT.ok;
  try {
    for (const call of calls) {
      let result: CallResult;
      try {
        result = await callTool(session.client, call.tool, call.args, config.timeoutMs);
      } catch (error) {
        if (!(error instanceof SandboxUnreachableError)) throw error;
        const log = session.serverLog();
        throw new SandboxError(
          `the sandbox stopped answering: ${error.message}${log ? `\nserver output:\n${log}` : ""}`,
        );
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
      });
      if (result.isError) exit = EXIT.callFailed;
      if (!json) io.stdout.write(formatCallHuman(call.args, result));
    }
  } catch (error) {
    reportSandboxError(io.stderr, error);
    exit = EXIT.sandbox;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await session
      .close()
      .catch((error: Error) => io.stderr.write(`sandbox-action: teardown: ${error.message}\n`));
  }
  if (json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  const failed = results.filter((r) => r.isError).length;
  io.stderr.write(
    `sandbox-action: ${results.length}/${calls.length} calls ran, ${failed} failed (${session.sandbox.backend} backend, ready ${Math.round(session.timings.readySinceProcessStartMs)} ms after start)\n`,
  );
  return exit;
}
