// What `call`, `status` and `down` share: finding the daemon of a workspace.
import { resolve } from "node:path";
import { ConfigError } from "../config/index.js";
import { type DaemonState, defaultStatePath, processAlive, readState } from "../daemon/state.js";
import type { ParsedArgs } from "./args.js";
import type { CommandIo } from "./commands.js";

export function statePathOf(args: ParsedArgs, io: CommandIo): string {
  if (typeof args.flags.state === "string") return resolve(io.cwd, args.flags.state);
  const workspace = args.options.workspace;
  return defaultStatePath(resolve(io.cwd, typeof workspace === "string" ? workspace : "."));
}

export interface FoundDaemon {
  path: string;
  state: DaemonState;
  running: boolean;
}

/** The daemon's state, or a ConfigError saying how to start one. */
export function findDaemon(args: ParsedArgs, io: CommandIo): FoundDaemon {
  const path = statePathOf(args, io);
  const state = readState(path);
  if (!state) {
    throw new ConfigError(
      `no sandbox is up for this workspace (no state file ${path}); start one with \`up\``,
    );
  }
  return { path, state, running: processAlive(state.daemon_pid) };
}
