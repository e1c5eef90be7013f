// Calls files: a YAML or JSON list of `{tool, args}`. Validated completely before any sandbox
// starts, so a typo costs nothing but a message.
import { readFileSync } from "node:fs";
import { ConfigError } from "../config/index.js";
import type { HostRules } from "../policy/rules.js";
import { argumentKeys, argumentProblem } from "../tool-schemas.js";
import { isToolName, TOOL_NAMES, type ToolName } from "../tools.js";

export interface Call {
  tool: ToolName;
  args: Record<string, unknown>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** Parses and validates calls given as text (YAML or JSON); `source` names it in errors. */
export async function parseCalls(text: string, source: string): Promise<Call[]> {
  return validateCalls(await parseText(text, source), source);
}

async function parseText(text: string, source: string): Promise<unknown> {
  const trimmed = text.trimStart();
  if (source.endsWith(".json") || trimmed.startsWith("[") || trimmed.startsWith("{")) {
    try {
      return JSON.parse(text);
    } catch (error) {
      if (source.endsWith(".json"))
        throw new ConfigError(`${source}: not valid JSON: ${(error as Error).message}`);
      // Flow-style YAML also starts with [ or {: let the YAML parser have a go.
    }
  }
  // yaml is CommonJS: the bundle exposes it as `default`, Node's loader as named exports too.
  const yaml = await import("yaml");
  const parse = (yaml as unknown as { default?: typeof yaml }).default?.parse ?? yaml.parse;
  try {
    return parse(text);
  } catch (error) {
    // yaml's first line ends in a colon before the excerpt it shows on the next lines
    const first = (error as Error).message.split("\n")[0]?.replace(/:\s*$/, "");
    throw new ConfigError(`${source}: not valid YAML: ${first}`);
  }
}

export function validateCalls(value: unknown, source: string): Call[] {
  if (!Array.isArray(value)) {
    throw new ConfigError(
      `${source}: expected a list of {tool, args} items, got ${value === null ? "null" : typeof value}`,
    );
  }
  if (value.length === 0) throw new ConfigError(`${source}: the list of calls is empty`);
  return value.map((item, index) => {
    const where = `${source}: call ${index + 1}`;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      throw new ConfigError(`${where}: expected an object with "tool" and "args"`);
    }
    const { tool, args, ...rest } = item as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length > 0)
      throw new ConfigError(
        `${where}: unknown key ${extra.map((k) => `"${k}"`).join(", ")} (allowed: tool, args)`,
      );
    if (typeof tool !== "string") throw new ConfigError(`${where}: "tool" must be a string`);
    if (!isToolName(tool))
      throw new ConfigError(`${where}: unknown tool "${tool}"; the tools are ${TOOL_NAMES.join(", ")}`);
    if (args !== undefined && (typeof args !== "object" || args === null || Array.isArray(args))) {
      throw new ConfigError(`${where} (${tool}): "args" must be an object`);
    }
    // the tool's own schema, before any sandbox starts (the server checks the same again)
    const problem = argumentProblem(tool, args ?? {});
    if (problem)
      throw new ConfigError(`${where} (${tool}): ${problem}; ${tool} takes: ${argumentKeys(tool)}`);
    return { tool, args: (args ?? {}) as Record<string, unknown> };
  });
}

/**
 * Reads and validates a calls file; `-` reads standard input, asked for only then (making the
 * stream of a stdin that is a file or /dev/null costs milliseconds: src/cli/index.ts).
 */
export async function loadCalls(
  file: string,
  stdin: () => NodeJS.ReadableStream = () => process.stdin,
): Promise<Call[]> {
  let text: string;
  const source = file === "-" ? "<stdin>" : file;
  try {
    text = file === "-" ? await readAll(stdin()) : readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      `cannot read calls file ${source}: ${whyUnreadable(error as NodeJS.ErrnoException)}`,
    );
  }
  return parseCalls(text, source);
}

/**
 * A calls file may name only tools the `tools` option allows (a configuration error, exit 2,
 * before any sandbox starts). Command rules are checked per call, as for an agent: a refused
 * command is a tool error with an audit entry.
 */
export function checkCallsAllowed(calls: Call[], rules: HostRules, source: string): void {
  calls.forEach((call, index) => {
    if (!rules.toolAllowed(call.tool)) {
      throw new ConfigError(
        `${source}: call ${index + 1}: the tool "${call.tool}" is not allowed by the tools option (allowed: ${rules.allowedTools?.join(", ") || "none"})`,
      );
    }
  });
}

/** What a failed read of the calls file means for the user, with the errno's name for searching. */
function whyUnreadable(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return `there is no such file (ENOENT; a relative path is taken from ${process.cwd()})`;
    case "EACCES":
      return "this user may not read it (EACCES)";
    case "EISDIR":
      return "it is a directory, not a file (EISDIR)";
    default:
      return error.code ? `${error.message} (${error.code})` : error.message;
  }
}
