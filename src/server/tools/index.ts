import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { ToolSettings } from "../config.js";
import type { ToolExecutor } from "../link.js";
import { registerEditFile } from "./edit-file.js";
import { registerListDirectory } from "./list-directory.js";
import { registerReadFile } from "./read-file.js";
import { errorResult } from "./result.js";
import { registerRunCommand } from "./run-command.js";
import { registerSearchFiles } from "./search-files.js";
import { registerWriteFile } from "./write-file.js";

/**
 * What a tool is registered with: an MCP server's registerTool, or a stand-in with its shape that
 * keeps either the schemas (the server's compartment) or the implementations (the runner's).
 */
export type ToolRegistry = Pick<McpServer, "registerTool">;

type Handler = (args: unknown, extra: { signal: AbortSignal }) => Promise<CallToolResult>;

/** The six tools of the contract in docs (DESIGN.md, "MCP tools exposed by the sandbox"). */
export function registerTools(registry: ToolRegistry, settings: ToolSettings): void {
  registerRunCommand(registry, settings);
  registerReadFile(registry, settings);
  registerWriteFile(registry, settings);
  registerEditFile(registry, settings);
  registerListDirectory(registry, settings);
  registerSearchFiles(registry, settings);
}

/** The tools' implementations, run in this process: the runner's, in the commands' compartment. */
export function localTools(settings: ToolSettings): ToolExecutor {
  const handlers = new Map<string, Handler>();
  const collect = (name: string, _config: unknown, handler: Handler) => {
    handlers.set(name, handler);
  };
  registerTools({ registerTool: collect as unknown as McpServer["registerTool"] }, settings);
  return {
    call(tool, args, signal) {
      const handler = handlers.get(tool);
      if (!handler) return Promise.resolve(errorResult(`unknown tool: ${tool}`));
      return handler(args, { signal });
    },
  };
}

/**
 * Registers the tools on `server` with their schemas (the SDK validates arguments and results
 * here), each call carried out by `executor`: across the link, in the commands' compartment.
 */
export function registerExecutedTools(
  server: McpServer,
  settings: ToolSettings,
  executor: ToolExecutor,
): void {
  const forward = (name: string, config: never) =>
    server.registerTool(name, config, ((args: unknown, extra: { signal: AbortSignal }) =>
      executor.call(name, args, extra.signal)) as never);
  registerTools({ registerTool: forward as unknown as McpServer["registerTool"] }, settings);
}
