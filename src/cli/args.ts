// Command-line parsing: `COMMAND [--flag value | --flag=value | --switch]...`. Flags are the
// config options (src/config/options.ts) plus each command's own.
import { ConfigError, OPTIONS, type RawOptions } from "../config/index.js";

export interface CommandFlag {
  name: string;
  /** a switch takes no value */
  switch?: boolean;
  valueName?: string;
  description: string;
}

export interface ParsedArgs {
  options: RawOptions;
  flags: Record<string, string | true>;
  positionals: string[];
}

export function parseArgs(argv: string[], commandFlags: readonly CommandFlag[]): ParsedArgs {
  const options: Record<string, string | string[]> = {};
  const flags: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const commandFlag = commandFlags.find((flag) => flag.name === name);
    const option = OPTIONS.find((spec) => spec.name === name);
    if (!commandFlag && !option) throw new ConfigError(`unknown option --${name}; see --help`);
    if (commandFlag?.switch) {
      if (inline !== undefined) throw new ConfigError(`--${name} takes no value`);
      flags[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) {
        throw new ConfigError(
          `--${name} needs a value${commandFlag?.valueName ? ` (${commandFlag.valueName})` : ""}`,
        );
      }
      value = next;
      i++;
    }
    if (commandFlag) flags[name] = value;
    else if (option?.kind === "list")
      options[name] = [...((options[name] as string[] | undefined) ?? []), value];
    else options[name] = value;
  }
  return { options, flags, positionals };
}
