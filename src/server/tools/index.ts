import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { ToolSettings } from "../config.js";
import { registerEditFile } from "./edit-file.js";
import { registerListDirectory } from "./list-directory.js";
import { registerReadFile } from "./read-file.js";
import { registerRunCommand } from "./run-command.js";
import { registerSearchFiles } from "./search-files.js";
import { registerWriteFile } from "./write-file.js";

/** The six tools of the contract in docs (DESIGN.md, "MCP tools exposed by the sandbox"). */
export function registerTools(server: McpServer, settings: ToolSettings): void {
  registerRunCommand(server, settings);
  registerReadFile(server, settings);
  registerWriteFile(server, settings);
  registerEditFile(server, settings);
  registerListDirectory(server, settings);
  registerSearchFiles(server, settings);
}
