import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  runDaemon
} from "./chunk-4XWHONZD.js";
import "./chunk-EWWDO73D.js";
import {
  ConfigError,
  resolveConfig
} from "./chunk-RLH6FFZM.js";
import "./chunk-XLGWE5QJ.js";
import "./chunk-YJCMN2RT.js";
import "./chunk-XUGTYIHJ.js";
import "./chunk-EF4XGPR7.js";
import "./chunk-J2N5A2XW.js";
import "./chunk-SMSWNY2J.js";

// src/cli/commands/daemon.ts
import { resolve } from "node:path";
async function execute(args, io) {
  let { state, "audit-log": audit, "log-file": log } = args.flags;
  if (typeof state != "string" || typeof audit != "string" || typeof log != "string")
    throw new ConfigError("daemon needs --state, --audit-log and --log-file (it is started by `up`)");
  let config = resolveConfig(args.options, { cwd: io.cwd });
  return runDaemon(config, {
    state: resolve(io.cwd, state),
    audit: resolve(io.cwd, audit),
    log: resolve(io.cwd, log)
  });
}
export {
  execute
};
