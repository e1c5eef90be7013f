import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  require_node_fs
} from "./chunk-2E5UXECN.js";
import {
  __toESM,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/host/cache-dir.ts
init_web_globals();
var import_node_fs = __toESM(require_node_fs(), 1);
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
var CODE_CACHE_SWITCH_ENV = "SANDBOX_ACTION_CODE_CACHE", COMPILE_CACHE_SUBDIR = "compile";
function codeCacheDir(env = process.env) {
  if (env[CODE_CACHE_SWITCH_ENV] === "off") return;
  let xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "sandbox-action");
  let home = env.HOME || homedir();
  return home && isAbsolute(home) ? join(home, ".cache", "sandbox-action") : void 0;
}
function privateDir(dir) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: !0, mode: 448 });
    let stat = (0, import_node_fs.lstatSync)(dir), uid = process.getuid?.();
    return stat.isDirectory() && (uid === void 0 || stat.uid === uid) && (stat.mode & 18) === 0;
  } catch {
    return !1;
  }
}

export {
  COMPILE_CACHE_SUBDIR,
  codeCacheDir,
  privateDir
};
