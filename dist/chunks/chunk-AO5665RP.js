var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  HostRules: () => HostRules,
  hostPolicy: () => hostPolicy,
  shapesOnlyPolicy: () => shapesOnlyPolicy
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_A4M7HLL7 = require("./chunk-A4M7HLL7.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
var HostRules = class {
  constructor(config = { tools: void 0, denyCommands: [], allowCommands: [] }) {
    this.config = config;
  }
  config;
  /** the `tools` option: undefined allows every tool */
  get allowedTools() {
    return this.config.tools;
  }
  /** true when the tool may be listed and called (no `tools` list allows every tool) */
  toolAllowed(name) {
    return this.config.tools === void 0 || this.config.tools.includes(name);
  }
  /** Why the call is refused, or undefined when it may go to the sandbox. */
  check(tool, args) {
    if (!this.toolAllowed(tool))
      return {
        rule: "tools",
        message: `refused by the host's policy (rule: tools): the tool "${tool}" is not allowed in this sandbox; the allowed tools are ${this.config.tools?.join(", ") || "none"}. This is policy, not a failure of the sandbox; do not retry it.`
      };
    if (tool !== "run_command") return;
    let { denyCommands, allowCommands } = this.config;
    if (denyCommands.length === 0 && allowCommands.length === 0) return;
    let command = args?.command;
    if (typeof command != "string")
      return {
        rule: allowCommands.length > 0 ? "allow-commands" : "deny-commands",
        message: `refused by the host's policy: run_command needs "command" as a string to be checked against the command rules.`
      };
    let denied = denyCommands.find((pattern) => matches(pattern, command));
    if (denied)
      return {
        rule: `deny-commands: ${denied.source}`,
        message: `refused by the host's policy (rule: deny-commands /${denied.source}/): this command is not allowed in this sandbox. This is policy, not a failure of the command; do not retry it.`
      };
    if (allowCommands.length > 0 && !allowCommands.some((pattern) => matches(pattern, command)))
      return {
        rule: "allow-commands",
        message: `refused by the host's policy (rule: allow-commands): the command matches none of ${allowCommands.map((p) => `/${p.source}/`).join(", ")}. This is policy, not a failure of the command; do not retry it.`
      };
  }
  /** The tools of a tools/list answer that the agent may see. */
  filterTools(tools) {
    return tools.filter((tool) => this.toolAllowed(tool.name));
  }
};
function matches(pattern, text) {
  return pattern.lastIndex = 0, pattern.test(text);
}
(0, import_chunk_WE6FURZE.init_web_globals)();
function hostPolicy(config) {
  return { rules: new HostRules(config), redactor: (0, import_chunk_A4M7HLL7.createRedactor)(config.redact) };
}
function shapesOnlyPolicy() {
  return { rules: new HostRules(), redactor: (0, import_chunk_A4M7HLL7.createRedactor)() };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  HostRules,
  hostPolicy,
  shapesOnlyPolicy
});
