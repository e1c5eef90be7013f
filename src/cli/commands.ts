// The command table. Each command's code is imported only when that command runs, so
// `--version` and `--help` start as fast as Node itself.
import type { ParsedArgs } from "./args.js";
import type { CommandHelp } from "./help.js";

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
}

export interface Command extends CommandHelp {
  /** whether the sandbox options apply */
  takesOptions: boolean;
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
    name: "doctor",
    usage: "doctor [--json]",
    summary: "Check what each backend needs on this machine, what is missing and how to fix it.",
    takesOptions: false,
    flags: [{ name: "json", switch: true, description: "print the checks as JSON" }],
    load: () => import("./commands/doctor.js"),
  },
];
