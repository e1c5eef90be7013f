import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  connectAgent
} from "./chunk-YXGTD6FT.js";
import {
  findDaemon
} from "./chunk-TJFLY3TE.js";
import "./chunk-Y6GTCIUS.js";
import "./chunk-LEGKTWYF.js";
import "./chunk-BKVB7IIB.js";
import "./chunk-YYQ2SC4C.js";
import {
  EXIT
} from "./chunk-LWUFNTYP.js";
import {
  SandboxUnreachableError,
  callTool
} from "./chunk-EN6DPMF3.js";
import {
  ConfigError,
  TOOL_NAMES,
  isToolName
} from "./chunk-JA7W645Z.js";
import "./chunk-DHGTDYGS.js";
import "./chunk-OXZBO3DO.js";
import {
  formatCallHuman
} from "./chunk-WNHZAGSQ.js";
import "./chunk-XOI5ZSIS.js";
import "./chunk-K7RVUPPP.js";
import "./chunk-2E5UXECN.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/commands/call.ts
init_web_globals();
var DEFAULT_WAIT_MS = 10 * 6e4;
async function execute(args, io) {
  let [tool, ...extra] = args.positionals;
  if (!tool) throw new ConfigError(`call needs a TOOL: one of ${TOOL_NAMES.join(", ")}`);
  if (extra.length) throw new ConfigError(`call takes one TOOL, got also ${extra.join(" ")}`);
  if (!isToolName(tool))
    throw new ConfigError(`unknown tool "${tool}"; the tools are ${TOOL_NAMES.join(", ")}`);
  let toolArgs = {};
  if (typeof args.flags.args == "string") {
    try {
      toolArgs = JSON.parse(args.flags.args);
    } catch (error) {
      throw new ConfigError(`--args is not JSON: ${error.message}`);
    }
    if (typeof toolArgs != "object" || toolArgs === null || Array.isArray(toolArgs))
      throw new ConfigError(`--args must be a JSON object, e.g. '{"command":"ls"}'`);
  }
  let { state, running } = findDaemon(args, io);
  if (!running)
    return io.stderr.write(
      `sandbox-action call: the daemon (pid ${state.daemon_pid}) is not running; run \`down\`, then \`up\`
`
    ), EXIT.sandbox;
  let agent = await connectAgent(state).catch((error) => {
    io.stderr.write(`sandbox-action call: cannot reach the daemon at ${state.mcp_url}: ${error.message}
`);
  });
  if (!agent) return EXIT.sandbox;
  try {
    let result = await callTool(agent.client, tool, toolArgs, DEFAULT_WAIT_MS);
    return args.flags.json === !0 ? io.stdout.write(`${JSON.stringify(result, null, 2)}
`) : io.stdout.write(formatCallHuman(toolArgs, result)), result.isError ? EXIT.callFailed : EXIT.ok;
  } catch (error) {
    if (!(error instanceof SandboxUnreachableError)) throw error;
    return io.stderr.write(`sandbox-action call: ${error.message}
`), EXIT.sandbox;
  } finally {
    await agent.close();
  }
}
export {
  execute
};
