import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SECRET_OPTIONS_ENV,
  runDaemon
} from "./chunk-G5VOIFYB.js";
import "./chunk-MITHSDTD.js";
import "./chunk-M5GA25FX.js";
import "./chunk-VCM55LXE.js";
import {
  ConfigError,
  resolveConfig
} from "./chunk-LSRAHVTL.js";
import "./chunk-XLGWE5QJ.js";
import "./chunk-LFNPZDTK.js";
import "./chunk-YJCMN2RT.js";
import "./chunk-XUGTYIHJ.js";
import "./chunk-NYXXGQHO.js";
import "./chunk-UWBOWJFE.js";
import "./chunk-KYCTN3B2.js";
import "./chunk-X6LR5QU5.js";
import "./chunk-QUXMQGRI.js";
import "./chunk-SMSWNY2J.js";

// src/cli/commands/daemon.ts
import { resolve } from "node:path";
async function execute(args, io) {
  let { state, "audit-log": audit, "log-file": log } = args.flags;
  if (typeof state != "string" || typeof audit != "string" || typeof log != "string")
    throw new ConfigError("daemon needs --state, --audit-log and --log-file (it is started by `up`)");
  let secretText = process.env[SECRET_OPTIONS_ENV];
  delete process.env[SECRET_OPTIONS_ENV];
  let secretOptions = {};
  if (secretText)
    try {
      secretOptions = JSON.parse(secretText);
    } catch {
      throw new ConfigError(`daemon: ${SECRET_OPTIONS_ENV} is not JSON`);
    }
  let config = resolveConfig({ ...args.options, ...secretOptions }, { cwd: io.cwd });
  return runDaemon(config, {
    state: resolve(io.cwd, state),
    audit: resolve(io.cwd, audit),
    log: resolve(io.cwd, log)
  });
}
export {
  execute
};
