import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SECRET_OPTIONS_ENV,
  runDaemon
} from "./chunk-LLTNOJCD.js";
import "./chunk-GOY5T54D.js";
import "./chunk-J22R7DO5.js";
import "./chunk-R3JVWZPY.js";
import {
  ConfigError,
  resolveConfig
} from "./chunk-IGG627XZ.js";
import "./chunk-AZYCFEQB.js";
import "./chunk-C7DCFE5A.js";
import "./chunk-IKBRVDTA.js";
import "./chunk-CAJMRLYP.js";
import "./chunk-RKBPITNC.js";
import "./chunk-UTOILGWL.js";
import "./chunk-BCFKD3AY.js";
import "./chunk-DTRLRIKK.js";
import "./chunk-DBLS7TOR.js";
import {
  init_web_globals
} from "./chunk-XFA5WO4Q.js";

// src/cli/commands/daemon.ts
init_web_globals();
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
