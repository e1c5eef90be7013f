// `call TOOL --args JSON`: one tool call through the running daemon, as an agent would make it.
import { ConfigError } from "../../config/index.js";
import { callTool, SandboxUnreachableError } from "../../host/call.js";
import { isToolName, TOOL_NAMES } from "../../tools.js";
import { connectAgent } from "../agent-client.js";
import type { ParsedArgs } from "../args.js";
import type { CommandIo } from "../commands.js";
import { findDaemon } from "../daemon-client.js";
import { EXIT } from "../exit-codes.js";
import { formatCallHuman } from "../output.js";

/** The proxy gives calls without timeout_ms the sandbox's default; wait at least that long. */
const DEFAULT_WAIT_MS = 10 * 60_000;

export async function execute(args: ParsedArgs, io: CommandIo): Promise<number> {
  const [tool, ...extra] = args.positionals;
  if (!tool) throw new ConfigError(`call needs a TOOL: one of ${TOOL_NAMES.join(", ")}`);
  if (extra.length) throw new ConfigError(`call takes one TOOL, got also ${extra.join(" ")}`);
  if (!isToolName(tool))
    throw new ConfigError(`unknown tool "${tool}"; the tools are ${TOOL_NAMES.join(", ")}`);
  let toolArgs: Record<string, unknown> = {};
  if (typeof args.flags.args === "string") {
    try {
      toolArgs = JSON.parse(args.flags.args);
    } catch (error) {
      throw new ConfigError(`--args is not JSON: ${(error as Error).message}`);
    }
    if (typeof toolArgs !== "object" || toolArgs === null || Array.isArray(toolArgs)) {
      throw new ConfigError('--args must be a JSON object, e.g. \'{"command":"ls"}\'');
    }
  }
  const { state, running } = findDaemon(args, io);
  if (!running) {
    io.stderr.write(
      `sandbox-action call: the daemon (pid ${state.daemon_pid}) is not running; run \`down\`, then \`up\`\n`,
    );
    return EXIT.sandbox;
  }
  const agent = await connectAgent(state).catch((error: Error) => {
    io.stderr.write(`sandbox-action call: cannot reach the daemon at ${state.mcp_url}: ${error.message}\n`);
    return undefined;
  });
  if (!agent) return EXIT.sandbox;
  try {
    const result = await callTool(agent.client, tool, toolArgs, DEFAULT_WAIT_MS);
    if (args.flags.json === true) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout.write(formatCallHuman(toolArgs, result));
    return result.isError ? EXIT.callFailed : EXIT.ok;
  } catch (error) {
    if (!(error instanceof SandboxUnreachableError)) throw error;
    io.stderr.write(`sandbox-action call: ${error.message}\n`);
    return EXIT.sandbox;
  } finally {
    await agent.close();
  }
}
