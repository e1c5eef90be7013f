import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-JA7W645Z.js";
import {
  defaultStatePath,
  processAlive,
  readState
} from "./chunk-XOI5ZSIS.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/daemon-client.ts
init_web_globals();
import { resolve } from "node:path";
function statePathOf(args, io) {
  if (typeof args.flags.state == "string") return resolve(io.cwd, args.flags.state);
  let workspace = args.options.workspace;
  return defaultStatePath(resolve(io.cwd, typeof workspace == "string" ? workspace : "."));
}
function findDaemon(args, io) {
  let path = statePathOf(args, io), state = readState(path);
  if (!state)
    throw new ConfigError(
      `no sandbox is up for this workspace (no state file ${path}); start one with \`up\``
    );
  return { path, state, running: processAlive(state.daemon_pid) };
}

export {
  statePathOf,
  findDaemon
};
