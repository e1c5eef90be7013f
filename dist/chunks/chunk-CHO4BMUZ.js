import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  ConfigError,
  TOOL_NAMES,
  isToolName
} from "./chunk-JA7W645Z.js";
import {
  require_node_fs
} from "./chunk-2E5UXECN.js";
import {
  __toESM,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/calls.ts
init_web_globals();
var import_node_fs = __toESM(require_node_fs(), 1);
async function readAll(stream) {
  let chunks = [];
  for await (let chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}
async function parseCalls(text, source) {
  return validateCalls(await parseText(text, source), source);
}
async function parseText(text, source) {
  let trimmed = text.trimStart();
  if (source.endsWith(".json") || trimmed.startsWith("[") || trimmed.startsWith("{"))
    try {
      return JSON.parse(text);
    } catch (error) {
      if (source.endsWith(".json"))
        throw new ConfigError(`${source}: not valid JSON: ${error.message}`);
    }
  let yaml = await import("./dist-2WLE6GQU.js"), parse = yaml.default?.parse ?? yaml.parse;
  try {
    return parse(text);
  } catch (error) {
    throw new ConfigError(`${source}: not valid YAML: ${error.message.split(`
`)[0]}`);
  }
}
function validateCalls(value, source) {
  if (!Array.isArray(value))
    throw new ConfigError(
      `${source}: expected a list of {tool, args} items, got ${value === null ? "null" : typeof value}`
    );
  if (value.length === 0) throw new ConfigError(`${source}: the list of calls is empty`);
  return value.map((item, index) => {
    let where = `${source}: call ${index + 1}`;
    if (typeof item != "object" || item === null || Array.isArray(item))
      throw new ConfigError(`${where}: expected an object with "tool" and "args"`);
    let { tool, args, ...rest } = item, extra = Object.keys(rest);
    if (extra.length > 0)
      throw new ConfigError(
        `${where}: unknown key ${extra.map((k) => `"${k}"`).join(", ")} (allowed: tool, args)`
      );
    if (typeof tool != "string") throw new ConfigError(`${where}: "tool" must be a string`);
    if (!isToolName(tool))
      throw new ConfigError(`${where}: unknown tool "${tool}"; the tools are ${TOOL_NAMES.join(", ")}`);
    if (args !== void 0 && (typeof args != "object" || args === null || Array.isArray(args)))
      throw new ConfigError(`${where} (${tool}): "args" must be an object`);
    return { tool, args: args ?? {} };
  });
}
async function loadCalls(file, stdin = () => process.stdin) {
  let text, source = file === "-" ? "<stdin>" : file;
  try {
    text = file === "-" ? await readAll(stdin()) : (0, import_node_fs.readFileSync)(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      `cannot read calls file ${source}: ${error.code ?? error.message}`
    );
  }
  return parseCalls(text, source);
}
function checkCallsAllowed(calls, rules, source) {
  calls.forEach((call, index) => {
    if (!rules.toolAllowed(call.tool))
      throw new ConfigError(
        `${source}: call ${index + 1}: the tool "${call.tool}" is not allowed by the tools option (allowed: ${rules.allowedTools?.join(", ") || "none"})`
      );
  });
}

export {
  parseCalls,
  loadCalls,
  checkCallsAllowed
};
