import { TOOL_INPUT_SCHEMAS } from "../../tool-schemas.js";
import type { ToolSettings } from "../config.js";
import { describeError, ToolError } from "../errors.js";
import { resolvePath } from "../paths.js";
import { truncateHeadTail } from "../truncate.js";
import { stat } from "./fs-async.js";
import type { ToolRegistry } from "./index.js";
import { guarded, textResult } from "./result.js";
import { walk } from "./walk.js";

const inputSchema = TOOL_INPUT_SCHEMAS.list_directory;

const DEFAULT_MAX_ENTRIES = 1000;

export function registerListDirectory(server: ToolRegistry, settings: ToolSettings): void {
  server.registerTool(
    "list_directory",
    {
      title: "List a directory",
      description:
        "Lists a directory, one entry a line, sorted, directories marked with a trailing /. With recursive, " +
        "paths are relative to the listed directory (.git and node_modules are listed but not expanded). " +
        `Stops after max_entries (default ${DEFAULT_MAX_ENTRIES}) with a note.`,
      inputSchema,
    },
    guarded(async (args) => {
      const abs = resolvePath(settings.workspace, args.path);
      const max = args.max_entries ?? DEFAULT_MAX_ENTRIES;
      let info: Awaited<ReturnType<typeof stat>>;
      try {
        info = await stat(abs);
      } catch (error) {
        throw new ToolError(describeError(error, abs, "directory"));
      }
      if (!info.isDirectory()) throw new ToolError(`not a directory: ${abs} (use read_file for files)`);

      const lines: string[] = [];
      const unreadable: string[] = [];
      let more = false;
      try {
        for await (const entry of walk(abs, {
          recursive: args.recursive ?? false,
          onUnreadable: (dir, error) => unreadable.push(describeError(error, dir, "directory")),
        })) {
          if (lines.length === max) {
            more = true;
            break;
          }
          lines.push(entry.isDirectory ? `${entry.rel}/` : entry.rel);
        }
      } catch (error) {
        throw new ToolError(describeError(error, abs, "directory"));
      }
      if (lines.length === 0 && !more) lines.push(`(${abs} is empty)`);
      if (more) {
        lines.push(
          `[... listing stopped at ${max} entries; list a subdirectory or raise max_entries to see more ...]`,
        );
      }
      for (const problem of unreadable.slice(0, 5)) lines.push(`[skipped: ${problem}]`);
      if (unreadable.length > 5) lines.push(`[skipped ${unreadable.length - 5} more unreadable directories]`);
      return textResult(truncateHeadTail(`${lines.join("\n")}\n`, settings.maxOutputBytes).text);
    }),
  );
}
