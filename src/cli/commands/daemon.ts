// `daemon`: internal; what `up` starts in the background. Not for direct use.
import { resolve } from "node:path";
import { ConfigError, type RawOptions, resolveConfig } from "../../config/index.js";
import { runDaemon } from "../../daemon/daemon.js";
import { SECRET_OPTIONS_ENV } from "../../daemon/launch.js";
import type { ParsedArgs } from "../args.js";
import type { CommandIo } from "../commands.js";

export async function execute(args: ParsedArgs, io: CommandIo): Promise<number> {
  const { state, "audit-log": audit, "log-file": log } = args.flags;
  if (typeof state !== "string" || typeof audit !== "string" || typeof log !== "string") {
    throw new ConfigError("daemon needs --state, --audit-log and --log-file (it is started by `up`)");
  }
  // Options that may carry secrets come in the environment, not on the command line.
  const secretText = process.env[SECRET_OPTIONS_ENV];
  delete process.env[SECRET_OPTIONS_ENV];
  let secretOptions: RawOptions = {};
  if (secretText) {
    try {
      secretOptions = JSON.parse(secretText) as RawOptions;
    } catch {
      throw new ConfigError(`daemon: ${SECRET_OPTIONS_ENV} is not JSON`);
    }
  }
  const config = resolveConfig({ ...args.options, ...secretOptions }, { cwd: io.cwd });
  return runDaemon(config, {
    state: resolve(io.cwd, state),
    audit: resolve(io.cwd, audit),
    log: resolve(io.cwd, log),
  });
}
