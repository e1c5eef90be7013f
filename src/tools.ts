// The tool names of the sandbox's MCP contract (../shared/DESIGN.md). The host checks calls files
// against this list before any sandbox starts.
export const TOOL_NAMES = [
  "run_command",
  "read_file",
  "write_file",
  "edit_file",
  "list_directory",
  "search_files",
] as const;

export type ToolName = (typeof TOOL_NAMES)[number];

export function isToolName(name: string): name is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(name);
}

/** The longest timeout a call may ask for: Node's timers overflow (and fire at once) past this. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
