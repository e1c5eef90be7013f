import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-LWUFNTYP.js";
import {
  ConfigError,
  OPTIONS
} from "./chunk-JA7W645Z.js";
import "./chunk-DHGTDYGS.js";
import {
  VERSION
} from "./chunk-OXZBO3DO.js";
import "./chunk-2E5UXECN.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/main.ts
init_web_globals();

// src/cli/args.ts
init_web_globals();
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
    let eq = arg.indexOf("="), name = arg.slice(2, eq < 0 ? void 0 : eq), inline = eq < 0 ? void 0 : arg.slice(eq + 1), commandFlag = commandFlags.find((flag) => flag.name === name), option = OPTIONS.find((spec) => spec.name === name);
    if (!commandFlag && !option) throw new ConfigError(`unknown option --${name}; see --help`);
    if (commandFlag?.switch) {
      if (inline !== void 0) throw new ConfigError(`--${name} takes no value`);
      flags[name] = !0;
      continue;
    }
    let value = inline;
    if (value === void 0) {
      let next = argv[i + 1];
      if (next === void 0 || next.startsWith("--") && next.length > 2)
        throw new ConfigError(
          `--${name} needs a value${commandFlag?.valueName ? ` (${commandFlag.valueName})` : ""}`
        );
      value = next, i++;
    }
    commandFlag ? flags[name] = value : option?.kind === "list" ? options[name] = [...options[name] ?? [], value] : options[name] = value;
  }
  return { options, flags, positionals };
}

// src/cli/commands.ts
init_web_globals();
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
    load: () => import("./run-F3AUMNPF.js")
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
    load: () => import("./up-4FRH7GPH.js")
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
    load: () => import("./call-3AW4N4CU.js")
  },
  {
    name: "status",
    usage: "status [--json] [--state FILE]",
    summary: "Show whether the daemon and its sandbox are up and answering.",
    takesOptions: !1,
    acceptsOptions: ["workspace"],
    flags: [{ name: "json", switch: !0, description: "print the status as JSON" }, STATE_FLAG],
    load: () => import("./status-YREOHLAX.js")
  },
  {
    name: "down",
    usage: "down [--state FILE]",
    summary: "Stop the daemon, destroy its sandbox and reap anything its run left behind.",
    takesOptions: !1,
    acceptsOptions: ["workspace"],
    flags: [STATE_FLAG],
    load: () => import("./down-CYXIB3AY.js")
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
    load: () => import("./mcp-DM4HGYRM.js")
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
    load: () => import("./daemon-GXAKSIAA.js")
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
    load: () => import("./gc-6YS7C65N.js")
  },
  {
    name: "doctor",
    usage: "doctor [--json]",
    summary: "Check what each backend needs on this machine, what is missing and how to fix it.",
    takesOptions: !1,
    flags: [{ name: "json", switch: !0, description: "print the checks as JSON" }],
    load: () => import("./doctor-EZHZFPVR.js")
  }
];

// src/cli/help.ts
init_web_globals();
var pad = (text, width) => text.length >= width ? `${text}  ` : text.padEnd(width);
function optionLines() {
  return OPTIONS.map((option) => {
    let value = option.values ? option.values.join("|") : option.valueName ?? option.kind.toUpperCase(), def = option.default !== void 0 ? ` [default: ${option.default}]` : "", repeat = option.kind === "list" ? " (repeatable)" : "";
    return `  ${pad(`--${option.name} ${value}`, 34)}${option.description}${repeat}${def}`;
  });
}
function mainHelp(commands) {
  return [
    `sandbox-action ${VERSION}: run an AI agent's tool calls in a locked-down sandbox over mutual TLS.`,
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

// src/cli/main.ts
async function main(argv, io) {
  let [first, ...rest] = argv;
  if (first === void 0 || first === "--help" || first === "-h" || first === "help")
    return io.stdout.write(`${mainHelp(COMMANDS)}
`), first === void 0 ? EXIT.usage : EXIT.ok;
  if (first === "--version" || first === "-V")
    return io.stdout.write(`${VERSION}
`), EXIT.ok;
  let command = COMMANDS.find((candidate) => candidate.name === first);
  if (!command)
    return io.stderr.write(
      `sandbox-action: unknown command "${first}"; the commands are ${COMMANDS.filter((c) => !c.hidden).map((c) => c.name).join(", ")}
`
    ), EXIT.usage;
  if (rest.includes("--help") || rest.includes("-h"))
    return io.stdout.write(`${commandHelp(command, command.takesOptions)}
`), EXIT.ok;
  try {
    let args = parseArgs(rest, command.flags), refused = command.takesOptions ? [] : Object.keys(args.options).filter((name) => !command.acceptsOptions?.includes(name));
    if (refused.length > 0) throw new ConfigError(`${command.name} does not take --${refused.join(", --")}`);
    return await (await command.load()).execute(args, io);
  } catch (error) {
    if (error instanceof ConfigError)
      return io.stderr.write(`sandbox-action ${command.name}: ${error.message}
`), EXIT.usage;
    throw error;
  }
}
export {
  main
};
