import { TOOL_INPUT_SCHEMAS } from "../../tool-schemas.js";
import type { ToolSettings } from "../config.js";
import { describeError, ToolError } from "../errors.js";
import { displayPath, resolvePath } from "../paths.js";
import { truncateHeadTail } from "../truncate.js";
import { open, stat } from "./fs-async.js";
import { globMatcher } from "./glob.js";
import type { ToolRegistry } from "./index.js";
import { guarded, textResult } from "./result.js";
import { looksBinary, MAX_TEXT_FILE_BYTES } from "./text-file.js";
import { walk } from "./walk.js";

const inputSchema = TOOL_INPUT_SCHEMAS.search_files;

const DEFAULT_MAX_RESULTS = 200;
/** Matching lines longer than this are shown as a window around the match. */
export const MAX_LINE_CHARS = 300;

export function clipLine(line: string, matchIndex: number): string {
  if (line.length <= MAX_LINE_CHARS) return line;
  const start = Math.max(0, Math.min(matchIndex - 60, line.length - MAX_LINE_CHARS));
  const end = start + MAX_LINE_CHARS;
  return `${start > 0 ? "…" : ""}${line.slice(start, end)}${end < line.length ? "…" : ""} [line of ${line.length} chars clipped]`;
}

/** Text of a file worth searching, or undefined for binary, huge or unreadable files. */
async function searchableText(abs: string): Promise<string | undefined> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(abs, "r");
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_TEXT_FILE_BYTES) return undefined;
    const buf = await handle.readFile();
    return looksBinary(buf) ? undefined : buf.toString("utf8");
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => {});
  }
}

export function registerSearchFiles(server: ToolRegistry, settings: ToolSettings): void {
  server.registerTool(
    "search_files",
    {
      title: "Search file contents",
      description:
        "Searches files for lines matching a JavaScript regular expression and returns path:line:text lines " +
        "(paths relative to the workspace when inside it). Skips binary files and .git and node_modules directories; " +
        `clips long lines. Stops after max_results (default ${DEFAULT_MAX_RESULTS}) with a note.`,
      inputSchema,
    },
    guarded(async (args) => {
      let regexp: RegExp;
      try {
        regexp = new RegExp(args.pattern);
      } catch (error) {
        throw new ToolError(`invalid regular expression: ${(error as Error).message}`);
      }
      const root = resolvePath(settings.workspace, args.path ?? ".");
      const max = args.max_results ?? DEFAULT_MAX_RESULTS;
      const matches = args.glob ? globMatcher(args.glob) : () => true;
      const deadline = Date.now() + settings.defaultTimeoutMs;

      let info: Awaited<ReturnType<typeof stat>>;
      try {
        info = await stat(root);
      } catch (error) {
        throw new ToolError(describeError(error, root, "file or directory"));
      }

      const results: string[] = [];
      let stoppedBy: "max" | "deadline" | undefined;
      let filesSearched = 0;
      const searchFile = async (abs: string) => {
        const text = await searchableText(abs);
        if (text === undefined) return;
        filesSearched++;
        const shown = displayPath(settings.workspace, abs);
        let lineNumber = 0;
        for (const line of text.split("\n")) {
          lineNumber++;
          const match = regexp.exec(line);
          if (!match) continue;
          if (results.length === max) {
            stoppedBy = "max";
            return;
          }
          results.push(`${shown}:${lineNumber}:${clipLine(line.replace(/\r$/, ""), match.index)}`);
        }
      };

      if (info.isDirectory()) {
        try {
          for await (const entry of walk(root, { recursive: true })) {
            if (!entry.dirent.isFile() || !matches(entry.rel)) continue;
            if (Date.now() > deadline) {
              stoppedBy = "deadline";
              break;
            }
            await searchFile(entry.abs);
            if (stoppedBy) break;
          }
        } catch (error) {
          throw new ToolError(describeError(error, root, "directory"));
        }
      } else {
        await searchFile(root);
      }

      const lines = results.length > 0 ? results : [`no matches for /${args.pattern}/ in ${root}`];
      if (stoppedBy === "max") {
        lines.push(
          `[... stopped at ${max} matches; narrow the pattern, path or glob, or raise max_results ...]`,
        );
      } else if (stoppedBy === "deadline") {
        lines.push(
          `[... stopped after ${settings.defaultTimeoutMs} ms having searched ${filesSearched} files; narrow the path or glob ...]`,
        );
      }
      return textResult(truncateHeadTail(`${lines.join("\n")}\n`, settings.maxOutputBytes).text);
    }),
  );
}
