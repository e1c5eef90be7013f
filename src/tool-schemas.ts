// The arguments of the sandbox's tools (../shared/DESIGN.md, "MCP tools exposed by the sandbox"):
// one definition, which the server registers (and validates every call against) and which the
// host checks a calls file against before any sandbox starts. Strict: an unknown key is an error,
// not silently dropped.
import * as z from "zod";
import { MAX_TIMEOUT_MS, type ToolName } from "./tools.js";

export const TOOL_INPUT_SCHEMAS = {
  run_command: z.strictObject({
    command: z.string().min(1).describe("Shell command, run with /bin/sh -c"),
    cwd: z.string().optional().describe("Working directory (relative paths resolve against the workspace)"),
    env: z
      .record(z.string(), z.string())
      .optional()
      .describe("Extra environment variables for this command, added to the sandbox's environment"),
    timeout_ms: z
      .number()
      .int()
      .positive()
      .max(MAX_TIMEOUT_MS)
      .optional()
      .describe("Kill the command (and everything it started) after this many milliseconds"),
    stdin: z.string().optional().describe("Text written to the command's stdin, which is then closed"),
  }),
  read_file: z.strictObject({
    path: z.string().min(1).describe("File to read (relative paths resolve against the workspace)"),
    offset: z.number().int().positive().optional().describe("First line to return, 1-based (default 1)"),
    limit: z.number().int().positive().optional().describe("Number of lines to return (default: to the end)"),
  }),
  write_file: z.strictObject({
    path: z.string().min(1).describe("File to write (relative paths resolve against the workspace)"),
    content: z.string().describe("The complete new content of the file (UTF-8)"),
  }),
  edit_file: z.strictObject({
    path: z.string().min(1).describe("File to edit (relative paths resolve against the workspace)"),
    old_string: z
      .string()
      .min(1)
      .describe("Exact text to replace; must occur exactly once unless replace_all is set"),
    new_string: z.string().describe("Replacement text"),
    replace_all: z.boolean().optional().describe("Replace every occurrence of old_string (default false)"),
  }),
  list_directory: z.strictObject({
    path: z.string().min(1).describe("Directory to list (relative paths resolve against the workspace)"),
    recursive: z.boolean().optional().describe("List subdirectories too (default false)"),
    max_entries: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("Stop after this many entries (default 1000)"),
  }),
  search_files: z.strictObject({
    pattern: z.string().min(1).describe("JavaScript regular expression, matched against each line"),
    path: z.string().optional().describe("File or directory to search (default: the workspace)"),
    glob: z
      .string()
      .optional()
      .describe(
        'Only files matching this glob, e.g. "*.ts" (base name) or "src/**/*.ts" (path under the search root)',
      ),
    max_results: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("Stop after this many matching lines (default 200)"),
  }),
} as const satisfies Record<ToolName, z.ZodObject>;

/** The keys a tool takes, optional ones marked with `?`: for error messages. */
export function argumentKeys(tool: ToolName): string {
  const shape = TOOL_INPUT_SCHEMAS[tool].shape as Record<string, z.ZodType>;
  return Object.entries(shape)
    .map(([key, schema]) => (schema.safeParse(undefined).success ? `${key}?` : key))
    .join(", ");
}

/**
 * Checks a call's arguments against its tool's schema: undefined when they hold, else what is
 * wrong in one line (the first problem, with its key).
 */
export function argumentProblem(tool: ToolName, args: unknown): string | undefined {
  const result = TOOL_INPUT_SCHEMAS[tool].safeParse(args);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (!issue) return "invalid arguments";
  if (issue.code === "unrecognized_keys") {
    return `unknown key ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
  }
  const key = issue.path.length > 0 ? `"${issue.path.join(".")}"` : "arguments";
  if (issue.code === "invalid_type" && / received undefined$/.test(issue.message)) {
    return `${key} is missing (a ${issue.expected})`;
  }
  return `${key}: ${issue.message}`;
}
