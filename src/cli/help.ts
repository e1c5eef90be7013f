import { OPTIONS } from "../config/index.js";
import { VERSION } from "../version.js";
import type { CommandFlag } from "./args.js";

export interface CommandHelp {
  name: string;
  hidden?: boolean;
  usage: string;
  summary: string;
  flags: readonly CommandFlag[];
}

const pad = (text: string, width: number) => (text.length >= width ? `${text}  ` : text.padEnd(width));

function optionLines(): string[] {
  return OPTIONS.map((option) => {
    const value = option.values ? option.values.join("|") : (option.valueName ?? option.kind.toUpperCase());
    const def = option.default !== undefined ? ` [default: ${option.default}]` : "";
    const repeat = option.kind === "list" ? " (repeatable)" : "";
    return `  ${pad(`--${option.name} ${value}`, 34)}${option.description}${repeat}${def}`;
  });
}

export function mainHelp(commands: readonly CommandHelp[]): string {
  return [
    `sandbox-action ${VERSION}: run an AI agent's tool calls in a locked-down sandbox over mutual TLS.`,
    "",
    "Usage: sandbox-action COMMAND [options]",
    "",
    "Commands:",
    ...commands
      .filter((command) => !command.hidden)
      .map((command) => `  ${pad(command.name, 10)}${command.summary}`),
    "",
    "Run `sandbox-action COMMAND --help` for a command's options.",
    "  --help       show help",
    "  --version    print the version",
    "",
    "Exit codes: 0 all calls succeeded; 1 a call returned an error; 2 usage or configuration error;",
    "            3 sandbox provisioning or runtime failure.",
  ].join("\n");
}

export function commandHelp(command: CommandHelp, withOptions: boolean): string {
  return [
    `Usage: sandbox-action ${command.usage}`,
    "",
    command.summary,
    "",
    ...(command.flags.length
      ? [
          "Command options:",
          ...command.flags.map(
            (flag) =>
              `  ${pad(`--${flag.name}${flag.valueName ? ` ${flag.valueName}` : ""}`, 34)}${flag.description}`,
          ),
          "",
        ]
      : []),
    ...(withOptions ? ["Sandbox options (also action inputs of the same name):", ...optionLines(), ""] : []),
    "Durations read 500ms, 30s, 5m (a bare number is milliseconds).",
  ].join("\n");
}
