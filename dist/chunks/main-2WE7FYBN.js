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
  main: () => main
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_CLFXF4LG = require("./chunk-CLFXF4LG.js"), import_chunk_X2S6FJ5P = require("./chunk-X2S6FJ5P.js"), import_chunk_XN3HXDLK = require("./chunk-XN3HXDLK.js"), import_chunk_L35A4DH3 = require("./chunk-L35A4DH3.js"), import_chunk_6KESFPFJ = require("./chunk-6KESFPFJ.js"), import_chunk_TKZAGHXL = require("./chunk-TKZAGHXL.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
function parseArgs(argv, commandFlags) {
  let options = {}, flags = {}, positionals = [];
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    let eq = arg.indexOf("="), name = arg.slice(2, eq < 0 ? void 0 : eq), inline = eq < 0 ? void 0 : arg.slice(eq + 1), commandFlag = commandFlags.find((flag) => flag.name === name), option = import_chunk_X2S6FJ5P.OPTIONS.find((spec) => spec.name === name);
    if (!commandFlag && !option) throw new import_chunk_X2S6FJ5P.ConfigError(`unknown option --${name}; see --help`);
    if (commandFlag?.switch) {
      if (inline !== void 0) throw new import_chunk_X2S6FJ5P.ConfigError(`--${name} takes no value`);
      flags[name] = !0;
      continue;
    }
    let value = inline;
    if (value === void 0) {
      let next = argv[i + 1];
      if (next === void 0 || next.startsWith("--") && next.length > 2)
        throw new import_chunk_X2S6FJ5P.ConfigError(
          `--${name} needs a value${commandFlag?.valueName ? ` (${commandFlag.valueName})` : ""}`
        );
      value = next, i++;
    }
    commandFlag ? flags[name] = value : option?.kind === "list" ? options[name] = [...options[name] ?? [], value] : options[name] = value;
  }
  return { options, flags, positionals };
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var STATE_FLAG = {
  name: "state",
  valueName: "FILE",
  description: "the daemon's state file (default: one per user and workspace)"
}, COMMANDS = [
  {
    name: "run",
    usage: "run --calls FILE|- [--json] [--audit-log FILE] [options]",
    summary: "Start a sandbox, run the tool calls in FILE (YAML or JSON list of {tool, args}), tear it down.",
    takesOptions: !0,
    flags: [
      { name: "calls", valueName: "FILE|-", description: "calls file; - reads standard input (required)" },
      { name: "json", switch: !0, description: "print one JSON array, an element per call" },
      { name: "audit-log", valueName: "FILE", description: "append a JSONL audit record per call to FILE" }
    ],
    load: () => Promise.resolve().then(() => __toESM(require("./run-CWK4UNZ3.js")))
  },
  {
    name: "up",
    usage: "up [--json] [--state FILE] [--audit-log FILE] [options]",
    summary: "Start a sandbox and a background daemon serving it as an MCP endpoint on 127.0.0.1.",
    takesOptions: !0,
    flags: [
      {
        name: "json",
        switch: !0,
        description: "print {mcp_url, mcp_token, sandbox_id, daemon_pid, state_file}"
      },
      STATE_FLAG,
      {
        name: "audit-log",
        valueName: "FILE",
        description: "the JSONL audit log (default: beside the state file)"
      }
    ],
    load: () => Promise.resolve().then(() => __toESM(require("./up-HCD6ZFIW.js")))
  },
  {
    name: "call",
    usage: "call TOOL [--args JSON] [--json] [--state FILE]",
    summary: "Make one tool call through the running daemon.",
    takesOptions: !1,
    acceptsOptions: ["workspace"],
    flags: [
      { name: "args", valueName: "JSON", description: "the tool's arguments as a JSON object" },
      { name: "json", switch: !0, description: "print the result as JSON" },
      STATE_FLAG
    ],
    load: () => Promise.resolve().then(() => __toESM(require("./call-QYUZ26I4.js")))
  },
  {
    name: "status",
    usage: "status [--json] [--state FILE]",
    summary: "Show whether the daemon and its sandbox are up and answering.",
    takesOptions: !1,
    acceptsOptions: ["workspace"],
    flags: [{ name: "json", switch: !0, description: "print the status as JSON" }, STATE_FLAG],
    load: () => Promise.resolve().then(() => __toESM(require("./status-OOITECDF.js")))
  },
  {
    name: "down",
    usage: "down [--state FILE]",
    summary: "Stop the daemon, destroy its sandbox and reap anything its run left behind.",
    takesOptions: !1,
    acceptsOptions: ["workspace"],
    flags: [STATE_FLAG],
    load: () => Promise.resolve().then(() => __toESM(require("./down-IVFOGQ24.js")))
  },
  {
    name: "mcp",
    usage: "mcp [--state FILE] [--audit-log FILE] [options]",
    summary: "Serve MCP on stdio: relay to the workspace's daemon, or run a sandbox until the client leaves.",
    takesOptions: !0,
    flags: [
      {
        name: "state",
        valueName: "FILE",
        description: "relay to the daemon of this state file (default: the workspace's, if one is up)"
      },
      {
        name: "audit-log",
        valueName: "FILE",
        description: "append a JSONL audit record per call to FILE (the daemon keeps its own as well)"
      }
    ],
    load: () => Promise.resolve().then(() => __toESM(require("./mcp-MM2E5GXB.js")))
  },
  {
    name: "daemon",
    usage: "daemon --state FILE --audit-log FILE --log-file FILE [options]",
    summary: "Internal: the background process `up` starts.",
    takesOptions: !0,
    hidden: !0,
    flags: [
      STATE_FLAG,
      { name: "audit-log", valueName: "FILE", description: "the JSONL audit log" },
      { name: "log-file", valueName: "FILE", description: "the daemon's own log" }
    ],
    load: () => Promise.resolve().then(() => __toESM(require("./daemon-UZNUJW7D.js")))
  },
  {
    name: "gc",
    usage: "gc [--json] [--dry-run]",
    summary: "Remove sandboxes (local, and docker when an engine answers) and egress directories left by runs that no longer exist.",
    takesOptions: !1,
    flags: [
      {
        name: "json",
        switch: !0,
        description: "print {removed, kept, egress_dirs_removed, backends} as JSON"
      },
      { name: "dry-run", switch: !0, description: "say what would be removed, remove nothing" }
    ],
    load: () => Promise.resolve().then(() => __toESM(require("./gc-SHG4D4OP.js")))
  },
  {
    name: "doctor",
    usage: "doctor [--json]",
    summary: "Check what each backend needs on this machine, what is missing and how to fix it.",
    takesOptions: !1,
    flags: [{ name: "json", switch: !0, description: "print the checks as JSON" }],
    load: () => Promise.resolve().then(() => __toESM(require("./doctor-ZBVPS6QM.js")))
  }
];
(0, import_chunk_WE6FURZE.init_web_globals)();
var pad = (text, width) => text.length >= width ? `${text}  ` : text.padEnd(width);
function optionLines() {
  return import_chunk_X2S6FJ5P.OPTIONS.map((option) => {
    let value = option.values ? option.values.join("|") : option.valueName ?? option.kind.toUpperCase(), def = option.default !== void 0 ? ` [default: ${option.default}]` : "", repeat = option.kind === "list" ? " (repeatable)" : "";
    return `  ${pad(`--${option.name} ${value}`, 34)}${option.description}${repeat}${def}`;
  });
}
function mainHelp(commands) {
  return [
    `sandbox-action ${import_chunk_TKZAGHXL.VERSION}: run an AI agent's tool calls in a locked-down sandbox over mutual TLS.`,
    "",
    "Usage: sandbox-action COMMAND [options]",
    "",
    "Commands:",
    ...commands.filter((command) => !command.hidden).map((command) => `  ${pad(command.name, 10)}${command.summary}`),
    "",
    "Run `sandbox-action COMMAND --help` for a command's options.",
    "  --help       show help",
    "  --version    print the version",
    "",
    "Exit codes: 0 all calls succeeded; 1 a call returned an error; 2 usage or configuration error;",
    "            3 sandbox provisioning or runtime failure."
  ].join(`
`);
}
function commandHelp(command, withOptions) {
  return [
    `Usage: sandbox-action ${command.usage}`,
    "",
    command.summary,
    "",
    ...command.flags.length ? [
      "Command options:",
      ...command.flags.map(
        (flag) => `  ${pad(`--${flag.name}${flag.valueName ? ` ${flag.valueName}` : ""}`, 34)}${flag.description}`
      ),
      ""
    ] : [],
    ...withOptions ? ["Sandbox options (also action inputs of the same name):", ...optionLines(), ""] : [],
    "Durations read 500ms, 30s, 5m (a bare number is milliseconds)."
  ].join(`
`);
}
async function main(argv, io) {
  let [first, ...rest] = argv;
  if (first === void 0 || first === "--help" || first === "-h" || first === "help")
    return io.stdout.write(`${mainHelp(COMMANDS)}
`), first === void 0 ? import_chunk_CLFXF4LG.EXIT.usage : import_chunk_CLFXF4LG.EXIT.ok;
  if (first === "--version" || first === "-V")
    return io.stdout.write(`${import_chunk_TKZAGHXL.VERSION}
`), import_chunk_CLFXF4LG.EXIT.ok;
  let command = COMMANDS.find((candidate) => candidate.name === first);
  if (!command)
    return io.stderr.write(
      `sandbox-action: unknown command "${first}"; the commands are ${COMMANDS.filter((c) => !c.hidden).map((c) => c.name).join(", ")}
`
    ), import_chunk_CLFXF4LG.EXIT.usage;
  if (rest.includes("--help") || rest.includes("-h"))
    return io.stdout.write(`${commandHelp(command, command.takesOptions)}
`), import_chunk_CLFXF4LG.EXIT.ok;
  try {
    let args = parseArgs(rest, command.flags), refused = command.takesOptions ? [] : Object.keys(args.options).filter((name) => !command.acceptsOptions?.includes(name));
    if (refused.length > 0) throw new import_chunk_X2S6FJ5P.ConfigError(`${command.name} does not take --${refused.join(", --")}`);
    return await (await command.load()).execute(args, io);
  } catch (error) {
    if (error instanceof import_chunk_X2S6FJ5P.ConfigError)
      return io.stderr.write(`sandbox-action ${command.name}: ${error.message}
`), import_chunk_CLFXF4LG.EXIT.usage;
    throw error;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
