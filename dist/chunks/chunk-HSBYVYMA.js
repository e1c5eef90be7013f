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
var import_chunk_53YRNZXS = require("./chunk-53YRNZXS.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs");
(0, import_chunk_WE6FURZE.init_web_globals)();
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
        throw new import_chunk_53YRNZXS.ConfigError(`${source}: not valid JSON: ${error.message}`);
    }
  let yaml = await Promise.resolve().then(() => __toESM(require("./dist-OS3UAQBF.js"))), parse = yaml.default?.parse ?? yaml.parse;
  try {
    return parse(text);
  } catch (error) {
    throw new import_chunk_53YRNZXS.ConfigError(`${source}: not valid YAML: ${error.message.split(`
`)[0]}`);
  }
}
function validateCalls(value, source) {
  if (!Array.isArray(value))
    throw new import_chunk_53YRNZXS.ConfigError(
      `${source}: expected a list of {tool, args} items, got ${value === null ? "null" : typeof value}`
    );
  if (value.length === 0) throw new import_chunk_53YRNZXS.ConfigError(`${source}: the list of calls is empty`);
  return value.map((item, index) => {
    let where = `${source}: call ${index + 1}`;
    if (typeof item != "object" || item === null || Array.isArray(item))
      throw new import_chunk_53YRNZXS.ConfigError(`${where}: expected an object with "tool" and "args"`);
    let { tool, args, ...rest } = item, extra = Object.keys(rest);
    if (extra.length > 0)
      throw new import_chunk_53YRNZXS.ConfigError(
        `${where}: unknown key ${extra.map((k) => `"${k}"`).join(", ")} (allowed: tool, args)`
      );
    if (typeof tool != "string") throw new import_chunk_53YRNZXS.ConfigError(`${where}: "tool" must be a string`);
    if (!(0, import_chunk_53YRNZXS.isToolName)(tool))
      throw new import_chunk_53YRNZXS.ConfigError(`${where}: unknown tool "${tool}"; the tools are ${import_chunk_53YRNZXS.TOOL_NAMES.join(", ")}`);
    if (args !== void 0 && (typeof args != "object" || args === null || Array.isArray(args)))
      throw new import_chunk_53YRNZXS.ConfigError(`${where} (${tool}): "args" must be an object`);
    return { tool, args: args ?? {} };
  });
}
async function loadCalls(file, stdin = () => process.stdin) {
  let text, source = file === "-" ? "<stdin>" : file;
  try {
    text = file === "-" ? await readAll(stdin()) : (0, import_node_fs.readFileSync)(file, "utf8");
  } catch (error) {
    throw new import_chunk_53YRNZXS.ConfigError(
      `cannot read calls file ${source}: ${error.code ?? error.message}`
    );
  }
  return parseCalls(text, source);
}
function checkCallsAllowed(calls, rules, source) {
  calls.forEach((call, index) => {
    if (!rules.toolAllowed(call.tool))
      throw new import_chunk_53YRNZXS.ConfigError(
        `${source}: call ${index + 1}: the tool "${call.tool}" is not allowed by the tools option (allowed: ${rules.allowedTools?.join(", ") || "none"})`
      );
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkCallsAllowed,
  loadCalls,
  parseCalls
});
