// The command table. Each command's code is imported only when that command runs, so
// `--version` and `--help` start as fast as Node itself.
import type { ParsedArgs } from "./args.js";
import type { CommandHelp } from "./help.js";

const STATE_FLAG = {
  name: "state",
  valueName: "FILE",
  description: "the daemon's state file (default: one per user and workspace)",
} as const;

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
}

export interface Command extends CommandHelp {
  /** whether the sandbox options apply */
  takesOptions: boolean;
  /** sandbox options a command without the full set still reads (to find the workspace's daemon) */
  acceptsOptions?: readonly string[];
  /** internal commands are left out of --help */
  hidden?: boolean;
  load(): Promise<{ execute(args: ParsedArgs, io: CommandIo): Promise<number> }>;
}

export const COMMANDS: readonly Command[] = [
  {
    name: "run",
    usage: "run --calls FILE|- [--json] [--audit-log FILE] [options]",
    summary: "Start a sandbox, run the tool calls in FILE (YAML or JSON list of {tool, args}), tear it down.",
    takesOptions: true,
    flags: [
      { name: "calls", valueName: "FILE|-", description: "calls file; - reads standard input (required)" },
      { name: "json", switch: true, description: "print one JSON array, an element per call" },
      { name: "audit-log", valueName: "FILE", description: "append a JSONL audit record per call to FILE" },
    ],
    load: () => import("./commands/run.js"),
  },
  {
    name: "up",
    usage: "up [--json] [--state FILE] [--audit-log FILE] [options]",
    summary: "Start a sandbox and a background daemon serving it as an MCP endpoint on 127.0.0.1.",
    takesOptions: true,
    flags: [
      {
        name: "json",
        switch: true,
        description: "print {mcp_url, mcp_token, sandbox_id, daemon_pid, state_file}",
      },
      STATE_FLAG,
      {
        name: "audit-log",
        valueName: "FILE",
        description: "the JSONL audit log (default: beside the state file)",
      },
    ],
    load: () => import("./commands/up.js"),
  },
  {
    name: "call",
    usage: "call TOOL [--args JSON] [--json] [--state FILE]",
    summary: "Make one tool call through the running daemon.",
    takesOptions: false,
    acceptsOptions: ["workspace"],
    flags: [
      { name: "args", valueName: "JSON", description: "the tool's arguments as a JSON object" },
      { name: "json", switch: true, description: "print the result as JSON" },
      STATE_FLAG,
    ],
    load: () => import("./commands/call.js"),
  },
  {
    name: "status",
    usage: "status [--json] [--state FILE]",
    summary: "Show whether the daemon and its sandbox are up and answering.",
    takesOptions: false,
    acceptsOptions: ["workspace"],
    flags: [{ name: "json", switch: true, description: "print the status as JSON" }, STATE_FLAG],
    load: () => import("./commands/status.js"),
  },
  {
    name: "down",
    usage: "down [--state FILE]",
    summary: "Stop the daemon, destroy its sandbox and reap anything its run left behind.",
    takesOptions: false,
    acceptsOptions: ["workspace"],
    flags: [STATE_FLAG],
    load: () => import("./commands/down.js"),
  },
  {
    name: "mcp",
    usage: "mcp [--state FILE] [--audit-log FILE] [options]",
    summary: "Serve MCP on stdio: relay to the workspace's daemon, or run a sandbox until the client leaves.",
    takesOptions: true,
    flags: [
      {
        name: "state",
        valueName: "FILE",
        description: "relay to the daemon of this state file (default: the workspace's, if one is up)",
      },
      {
        name: "audit-log",
        valueName: "FILE",
        description: "append a JSONL audit record per call to FILE (the daemon keeps its own as well)",
      },
    ],
    load: () => import("./commands/mcp.js"),
  },
  {
    name: "daemon",
    usage: "daemon --state FILE --audit-log FILE --log-file FILE [options]",
    summary: "Internal: the background process `up` starts.",
    takesOptions: true,
    hidden: true,
    flags: [
      STATE_FLAG,
      { name: "audit-log", valueName: "FILE", description: "the JSONL audit log" },
      { name: "log-file", valueName: "FILE", description: "the daemon's own log" },
    ],
    load: () => import("./commands/daemon.js"),
  },
  {
    name: "gc",
    usage: "gc [--json] [--dry-run]",
    summary:
      "Remove sandboxes (local, and docker when an engine answers) and egress directories left by runs that no longer exist.",
    takesOptions: false,
    flags: [
      {
        name: "json",
        switch: true,
        description: "print {removed, kept, egress_dirs_removed, backends} as JSON",
      },
      { name: "dry-run", switch: true, description: "say what would be removed, remove nothing" },
    ],
    load: () => import("./commands/gc.js"),
  },
  {
    name: "doctor",
    usage: "doctor [--json]",
    summary: "Check what each backend needs on this machine, what is missing and how to fix it.",
    takesOptions: false,
    flags: [{ name: "json", switch: true, description: "print the checks as JSON" }],
    load: () => import("./commands/doctor.js"),
  },
];
