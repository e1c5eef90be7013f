import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SECRET_OPTIONS_ENV,
  runDaemon
} from "./chunk-MDBGPQ5L.js";
import "./chunk-PDTG2C4E.js";
import "./chunk-NCJFZMSO.js";
import "./chunk-MGZ5UVSX.js";
import {
  ConfigError,
  resolveConfig
} from "./chunk-JA7W645Z.js";
import "./chunk-DHGTDYGS.js";
import "./chunk-VXV7UUND.js";
import "./chunk-OXZBO3DO.js";
import "./chunk-WMVBAPYL.js";
import "./chunk-XOI5ZSIS.js";
import "./chunk-52YXYA4C.js";
import "./chunk-6DITX54Z.js";
import "./chunk-LSW3IJDY.js";
import "./chunk-K7RVUPPP.js";
import "./chunk-2E5UXECN.js";
import "./chunk-PCBCL7EI.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

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
