import { TOOL_INPUT_SCHEMAS } from "../../tool-schemas.js";
import type { ToolSettings } from "../config.js";
import { describeError, ToolError } from "../errors.js";
import { resolvePath } from "../paths.js";
import { writeFile } from "./fs-async.js";
import type { ToolRegistry } from "./index.js";
import { guarded, textResult } from "./result.js";
import { readTextFile } from "./text-file.js";

const inputSchema = TOOL_INPUT_SCHEMAS.edit_file;

/** Non-overlapping occurrences, the same ones split/join replaces. */
export function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

export function registerEditFile(server: ToolRegistry, settings: ToolSettings): void {
  server.registerTool(
    "edit_file",
    {
      title: "Edit a file",
      description:
        "Replaces exact text in a file. old_string must occur exactly once (include surrounding lines to make it " +
        "unique), or set replace_all to replace every occurrence. Reports how many replacements were made.",
      inputSchema,
    },
    guarded(async (args) => {
      const abs = resolvePath(settings.workspace, args.path);
      if (args.old_string === args.new_string) {
        throw new ToolError("old_string and new_string are identical; there is nothing to change");
      }
      const text = await readTextFile(abs, { strict: true });
      const count = countOccurrences(text, args.old_string);
      if (count === 0) throw new ToolError(`old_string was not found in ${abs}; nothing was changed`);
      if (count > 1 && !args.replace_all) {
        throw new ToolError(
          `old_string occurs ${count} times in ${abs}; nothing was changed. ` +
            "Include more surrounding text to make it unique, or set replace_all to replace all of them.",
        );
      }
      // split/join, not String.replace: "$&" and friends in new_string must stay literal.
      const updated = text.split(args.old_string).join(args.new_string);
      try {
        await writeFile(abs, updated, "utf8");
      } catch (error) {
        throw new ToolError(describeError(error, abs));
      }
      return textResult(`replaced ${count} occurrence${count === 1 ? "" : "s"} in ${abs}`);
    }),
  );
}
