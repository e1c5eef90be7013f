import { TOOL_INPUT_SCHEMAS } from "../../tool-schemas.js";
import type { ToolSettings } from "../config.js";
import { resolvePath } from "../paths.js";
import { cutUtf8 } from "../truncate.js";
import type { ToolRegistry } from "./index.js";
import { errorResult, guarded, textResult } from "./result.js";
import { readTextFile } from "./text-file.js";

const inputSchema = TOOL_INPUT_SCHEMAS.read_file;

/** Lines in `text`: a final newline ends the last line, it does not start another. */
function countLines(text: string): number {
  if (text === "") return 0;
  let newlines = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) newlines++;
  return text.endsWith("\n") ? newlines : newlines + 1;
}

/**
 * Lines `offset`..`offset+limit-1` of `text`, cut to `capBytes` at a line boundary. The marker
 * names the next offset, so reading on is one more call. Walks the text rather than splitting all
 * of it: a large file is mostly cut at the cap, and one string per line of it would be garbage.
 */
export function selectLines(
  text: string,
  options: { offset?: number; limit?: number; capBytes: number; path: string },
): { text: string } | { error: string } {
  const total = countLines(text);
  const offset = options.offset ?? 1;
  if (offset > Math.max(total, 1)) {
    return {
      error: `offset ${offset} is past the end of ${options.path} (${total} line${total === 1 ? "" : "s"})`,
    };
  }
  const end = Math.min(total, options.limit === undefined ? total : offset - 1 + options.limit);
  const trailingNewline = end === total ? text.endsWith("\n") : true;
  let start = 0;
  for (let n = 1; n < offset; n++) start = text.indexOf("\n", start) + 1;
  const selected: string[] = [];
  let bytes = 0;
  for (let n = offset; n <= end; n++) {
    const newline = text.indexOf("\n", start);
    const line = text.slice(start, newline === -1 ? text.length : newline);
    start = newline + 1;
    const lineBytes = Buffer.byteLength(line, "utf8") + 1;
    if (bytes + lineBytes > options.capBytes) {
      if (selected.length === 0) {
        // One line longer than the whole cap (minified code, a data blob): show its start.
        const cut = cutUtf8(line, options.capBytes) ?? line;
        return {
          text:
            `${cut}\n[... line ${n} is ${Buffer.byteLength(line, "utf8")} bytes; truncated at ${options.capBytes} by sandbox-action. ` +
            `Use run_command (e.g. cut -c or fold) to read it in pieces${n < end ? `; the next line is offset=${n + 1}` : ""} ...]\n`,
        };
      }
      return {
        text:
          `${selected.join("\n")}\n[... truncated by sandbox-action: showing lines ${offset}-${n - 1} of ${total}; ` +
          `call read_file with offset=${n} to read on ...]\n`,
      };
    }
    selected.push(line);
    bytes += lineBytes;
  }
  const body = selected.join("\n");
  return { text: selected.length > 0 && trailingNewline ? `${body}\n` : body };
}

export function registerReadFile(server: ToolRegistry, settings: ToolSettings): void {
  server.registerTool(
    "read_file",
    {
      title: "Read a text file",
      description:
        "Returns the text of a file, optionally a range of lines (offset is 1-based, limit counts lines). " +
        `Results longer than ${settings.maxOutputBytes} bytes are cut at a line boundary with a note saying which offset to read on from. ` +
        "Binary files, directories and files over 64 MB are refused with an explanation.",
      inputSchema,
    },
    guarded(async (args) => {
      const abs = resolvePath(settings.workspace, args.path);
      const text = await readTextFile(abs);
      const selected = selectLines(text, {
        offset: args.offset,
        limit: args.limit,
        capBytes: settings.maxOutputBytes,
        path: abs,
      });
      return "error" in selected ? errorResult(selected.error) : textResult(selected.text);
    }),
  );
}
