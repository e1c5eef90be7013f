// Loading a file as text for read_file and edit_file, refusing what cannot sensibly be text.

import { describeError, ToolError } from "../errors.js";
import { formatBytes } from "../truncate.js";
import { readFile, stat } from "./fs-async.js";

export const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;
const BINARY_SNIFF_BYTES = 8192;

/** A NUL byte near the start is what git and grep take as "binary" too. */
export function looksBinary(buf: Uint8Array): boolean {
  return buf.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The file's text. With `strict`, invalid UTF-8 is refused rather than replaced with U+FFFD, for
 * callers that write the text back and would otherwise corrupt the file.
 */
export async function readTextFile(abs: string, options: { strict?: boolean } = {}): Promise<string> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(abs);
  } catch (error) {
    throw new ToolError(describeError(error, abs));
  }
  if (info.isDirectory()) throw new ToolError(`${abs} is a directory; use list_directory to see its entries`);
  // FIFOs and devices (/dev/zero) would block or never end.
  if (!info.isFile()) throw new ToolError(`${abs} is not a regular file (a device, FIFO or socket)`);
  if (info.size > MAX_TEXT_FILE_BYTES) {
    throw new ToolError(
      `${abs} is too large (${formatBytes(info.size)}; the limit is ${formatBytes(MAX_TEXT_FILE_BYTES)}). ` +
        "Use run_command with head, tail, sed -n 'A,Bp' or grep to read parts of it.",
    );
  }
  let buf: Buffer;
  try {
    buf = await readFile(abs);
  } catch (error) {
    throw new ToolError(describeError(error, abs));
  }
  if (looksBinary(buf)) {
    throw new ToolError(
      `${abs} looks like a binary file (${formatBytes(buf.length)}, contains NUL bytes); ` +
        "these tools handle text only. Use run_command (e.g. file, xxd | head) to inspect it.",
    );
  }
  if (!options.strict) return buf.toString("utf8");
  try {
    return strictUtf8.decode(buf);
  } catch {
    throw new ToolError(
      `${abs} is not valid UTF-8; editing it as text would corrupt it. Use run_command instead.`,
    );
  }
}
