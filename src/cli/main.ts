// The CLI's dispatcher. Keep the static imports tiny: everything heavy loads with the command that needs it.
import { ConfigError } from "../config/resolve.js";
import { VERSION } from "../version.js";
import { parseArgs } from "./args.js";
import { COMMANDS, type CommandIo } from "./commands.js";
import { EXIT } from "./exit-codes.js";
import { commandHelp, mainHelp } from "./help.js";

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    io.stdout.write(`${mainHelp(COMMANDS)}\n`);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "--version" || first === "-V") {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === first);
  if (!command) {
    io.stderr.write(
      `sandbox-action: unknown command "${first}"; the commands are ${COMMANDS.filter((c) => !c.hidden)
        .map((c) => c.name)
        .join(", ")}\n`,
    );
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(`${commandHelp(command, command.takesOptions)}\n`);
    return EXIT.ok;
  }
  try {
    const args = parseArgs(rest, command.flags);
    const refused = command.takesOptions
      ? []
      : Object.keys(args.options).filter((name) => !command.acceptsOptions?.includes(name));
    if (refused.length > 0) throw new ConfigError(`${command.name} does not take --${refused.join(", --")}`);
    const module = await command.load();
    return await module.execute(args, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`sandbox-action ${command.name}: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
