import { dirname } from "node:path";
import { TOOL_INPUT_SCHEMAS } from "../../tool-schemas.js";
import type { ToolSettings } from "../config.js";
import { describeError, ToolError } from "../errors.js";
import { resolvePath } from "../paths.js";
import { mkdir, writeFile } from "./fs-async.js";
import type { ToolRegistry } from "./index.js";
import { guarded, textResult } from "./result.js";

const inputSchema = TOOL_INPUT_SCHEMAS.write_file;

export function registerWriteFile(server: ToolRegistry, settings: ToolSettings): void {
  server.registerTool(
    "write_file",
    {
      title: "Write a file",
      description:
        "Creates or overwrites a file with the given content, creating missing parent directories. " +
        "Reports the number of bytes written and the absolute path.",
      inputSchema,
    },
    guarded(async (args) => {
      const abs = resolvePath(settings.workspace, args.path);
      const data = Buffer.from(args.content, "utf8");
      try {
        await mkdir(dirname(abs), { recursive: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EEXIST" || code === "ENOTDIR") {
          throw new ToolError(`cannot write ${abs}: a parent of it is a file, not a directory`);
        }
        throw new ToolError(
          `cannot create the parent directory of ${abs}: ${describeError(error, dirname(abs))}`,
        );
      }
      try {
        await writeFile(abs, data);
      } catch (error) {
        throw new ToolError(describeError(error, abs));
      }
      return textResult(`wrote ${data.length} bytes to ${abs}`);
    }),
  );
}
