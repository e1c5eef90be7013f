var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  checkCallsAllowed: () => checkCallsAllowed,
  loadCalls: () => loadCalls,
  parseCalls: () => parseCalls
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_X2S6FJ5P = require("./chunk-X2S6FJ5P.js"), import_chunk_CLN36EFS = require("./chunk-CLN36EFS.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs");
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
var TOOL_INPUT_SCHEMAS = {
  run_command: (0, import_chunk_CLN36EFS.strictObject)({
    command: (0, import_chunk_CLN36EFS.string)().min(1).describe("Shell command, run with /bin/sh -c"),
    cwd: (0, import_chunk_CLN36EFS.string)().optional().describe("Working directory (relative paths resolve against the workspace)"),
    env: (0, import_chunk_CLN36EFS.record)((0, import_chunk_CLN36EFS.string)(), (0, import_chunk_CLN36EFS.string)()).optional().describe("Extra environment variables for this command, added to the sandbox's environment"),
    timeout_ms: (0, import_chunk_CLN36EFS.number)().int().positive().max(import_chunk_X2S6FJ5P.MAX_TIMEOUT_MS).optional().describe("Kill the command (and everything it started) after this many milliseconds"),
    stdin: (0, import_chunk_CLN36EFS.string)().optional().describe("Text written to the command's stdin, which is then closed")
  }),
  read_file: (0, import_chunk_CLN36EFS.strictObject)({
    path: (0, import_chunk_CLN36EFS.string)().min(1).describe("File to read (relative paths resolve against the workspace)"),
    offset: (0, import_chunk_CLN36EFS.number)().int().positive().optional().describe("First line to return, 1-based (default 1)"),
    limit: (0, import_chunk_CLN36EFS.number)().int().positive().optional().describe("Number of lines to return (default: to the end)")
  }),
  write_file: (0, import_chunk_CLN36EFS.strictObject)({
    path: (0, import_chunk_CLN36EFS.string)().min(1).describe("File to write (relative paths resolve against the workspace)"),
    content: (0, import_chunk_CLN36EFS.string)().describe("The complete new content of the file (UTF-8)")
  }),
  edit_file: (0, import_chunk_CLN36EFS.strictObject)({
    path: (0, import_chunk_CLN36EFS.string)().min(1).describe("File to edit (relative paths resolve against the workspace)"),
    old_string: (0, import_chunk_CLN36EFS.string)().min(1).describe("Exact text to replace; must occur exactly once unless replace_all is set"),
    new_string: (0, import_chunk_CLN36EFS.string)().describe("Replacement text"),
    replace_all: (0, import_chunk_CLN36EFS.boolean)().optional().describe("Replace every occurrence of old_string (default false)")
  }),
  list_directory: (0, import_chunk_CLN36EFS.strictObject)({
    path: (0, import_chunk_CLN36EFS.string)().min(1).describe("Directory to list (relative paths resolve against the workspace)"),
    recursive: (0, import_chunk_CLN36EFS.boolean)().optional().describe("List subdirectories too (default false)"),
    max_entries: (0, import_chunk_CLN36EFS.number)().int().positive().optional().describe("Stop after this many entries (default 1000)")
  }),
  search_files: (0, import_chunk_CLN36EFS.strictObject)({
    pattern: (0, import_chunk_CLN36EFS.string)().min(1).describe("JavaScript regular expression, matched against each line"),
    path: (0, import_chunk_CLN36EFS.string)().optional().describe("File or directory to search (default: the workspace)"),
    glob: (0, import_chunk_CLN36EFS.string)().optional().describe(
      'Only files matching this glob, e.g. "*.ts" (base name) or "src/**/*.ts" (path under the search root)'
    ),
    max_results: (0, import_chunk_CLN36EFS.number)().int().positive().optional().describe("Stop after this many matching lines (default 200)")
  })
};
function argumentKeys(tool) {
  let shape = TOOL_INPUT_SCHEMAS[tool].shape;
  return Object.entries(shape).map(([key, schema]) => schema.safeParse(void 0).success ? `${key}?` : key).join(", ");
}
function argumentProblem(tool, args) {
  let result = TOOL_INPUT_SCHEMAS[tool].safeParse(args);
  if (result.success) return;
  let issue = result.error.issues[0];
  if (!issue) return "invalid arguments";
  if (issue.code === "unrecognized_keys")
    return `unknown key ${issue.keys.map((key2) => `"${key2}"`).join(", ")}`;
  let key = issue.path.length > 0 ? `"${issue.path.join(".")}"` : "arguments";
  return issue.code === "invalid_type" && / received undefined$/.test(issue.message) ? `${key} is missing (a ${issue.expected})` : `${key}: ${issue.message}`;
}
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
        throw new import_chunk_X2S6FJ5P.ConfigError(`${source}: not valid JSON: ${error.message}`);
    }
  let yaml = await Promise.resolve().then(() => __toESM(require("./dist-OS3UAQBF.js"))), parse = yaml.default?.parse ?? yaml.parse;
  try {
    return parse(text);
  } catch (error) {
    let first = error.message.split(`
`)[0]?.replace(/:\s*$/, "");
    throw new import_chunk_X2S6FJ5P.ConfigError(`${source}: not valid YAML: ${first}`);
  }
}
function validateCalls(value, source) {
  if (!Array.isArray(value))
    throw new import_chunk_X2S6FJ5P.ConfigError(
      `${source}: expected a list of {tool, args} items, got ${value === null ? "null" : typeof value}`
    );
  if (value.length === 0) throw new import_chunk_X2S6FJ5P.ConfigError(`${source}: the list of calls is empty`);
  return value.map((item, index) => {
    let where = `${source}: call ${index + 1}`;
    if (typeof item != "object" || item === null || Array.isArray(item))
      throw new import_chunk_X2S6FJ5P.ConfigError(`${where}: expected an object with "tool" and "args"`);
    let { tool, args, ...rest } = item, extra = Object.keys(rest);
    if (extra.length > 0)
      throw new import_chunk_X2S6FJ5P.ConfigError(
        `${where}: unknown key ${extra.map((k) => `"${k}"`).join(", ")} (allowed: tool, args)`
      );
    if (typeof tool != "string") throw new import_chunk_X2S6FJ5P.ConfigError(`${where}: "tool" must be a string`);
    if (!(0, import_chunk_X2S6FJ5P.isToolName)(tool))
      throw new import_chunk_X2S6FJ5P.ConfigError(`${where}: unknown tool "${tool}"; the tools are ${import_chunk_X2S6FJ5P.TOOL_NAMES.join(", ")}`);
    if (args !== void 0 && (typeof args != "object" || args === null || Array.isArray(args)))
      throw new import_chunk_X2S6FJ5P.ConfigError(`${where} (${tool}): "args" must be an object`);
    let problem = argumentProblem(tool, args ?? {});
    if (problem)
      throw new import_chunk_X2S6FJ5P.ConfigError(`${where} (${tool}): ${problem}; ${tool} takes: ${argumentKeys(tool)}`);
    return { tool, args: args ?? {} };
  });
}
async function loadCalls(file, stdin = () => process.stdin) {
  let text, source = file === "-" ? "<stdin>" : file;
  try {
    text = file === "-" ? await readAll(stdin()) : (0, import_node_fs.readFileSync)(file, "utf8");
  } catch (error) {
    throw new import_chunk_X2S6FJ5P.ConfigError(
      `cannot read calls file ${source}: ${whyUnreadable(error)}`
    );
  }
  return parseCalls(text, source);
}
function checkCallsAllowed(calls, rules, source) {
  calls.forEach((call, index) => {
    if (!rules.toolAllowed(call.tool))
      throw new import_chunk_X2S6FJ5P.ConfigError(
        `${source}: call ${index + 1}: the tool "${call.tool}" is not allowed by the tools option (allowed: ${rules.allowedTools?.join(", ") || "none"})`
      );
  });
}
function whyUnreadable(error) {
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkCallsAllowed,
  loadCalls,
  parseCalls
});
