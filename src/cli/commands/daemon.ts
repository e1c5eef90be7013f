// `daemon`: internal; what `up` starts in the background. Not for direct use.
import { resolve } from "node:path";
import { ConfigError, resolveConfig } from "../../config/index.js";
import { runDaemon } from "../../daemon/daemon.js";
import type { ParsedArgs } from "../args.js";
import type { CommandIo } from "../commands.js";

export async function execute(args: ParsedArgs, io: CommandIo): Promise<number> {
  const { state, "audit-log": audit, "log-file": log } = args.flags;
  if (typeof state !== "string" || typeof audit !== "string" || typeof log !== "string") {
    throw new ConfigError("daemon needs --state, --audit-log and --log-file (it is started by `up`)");
  }
  const config = resolveConfig(args.options, { cwd: io.cwd });
  return runDaemon(config, {
    state: resolve(io.cwd, state),
    audit: resolve(io.cwd, audit),
    log: resolve(io.cwd, log),
  });
}
