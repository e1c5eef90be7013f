import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SandboxError
} from "./chunk-K7RVUPPP.js";
import {
  require_node_fs
} from "./chunk-2E5UXECN.js";
import {
  __toESM,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/backends/run-dir.ts
init_web_globals();
var import_node_fs = __toESM(require_node_fs(), 1);
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
function runDirBase(env = process.env, name = "sandbox-action") {
  return env.RUNNER_TEMP && isAbsolute(env.RUNNER_TEMP) ? join(env.RUNNER_TEMP, name) : join(tmpdir(), `${name}-${process.getuid?.() ?? "user"}`);
}
function ensureRunDirBase(base) {
  try {
    (0, import_node_fs.mkdirSync)(base, { recursive: !0, mode: 448 });
  } catch (error) {
    throw new SandboxError(
      `cannot create the run directory ${base}: ${error.message}`,
      void 0,
      {
        cause: error
      }
    );
  }
  let stat = (0, import_node_fs.lstatSync)(base), uid = process.getuid?.();
  if (!stat.isDirectory() || uid !== void 0 && stat.uid !== uid || (stat.mode & 63) !== 0)
    throw new SandboxError(
      `the run directory ${base} is not a private directory of this user (a symlink, another owner, or group/world access)`,
      `remove ${base} or set RUNNER_TEMP to a private directory`
    );
}
function removeRunDir(dir) {
  (0, import_node_fs.rmSync)(dir, { recursive: !0, force: !0, maxRetries: 3 });
}
var MAX_SOCKET_PATH = 107;
function checkSocketPath(path, what = "sandbox socket") {
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH)
    throw new SandboxError(
      `the ${what} path ${path} is longer than unix sockets allow (${MAX_SOCKET_PATH} bytes)`,
      "set RUNNER_TEMP (or TMPDIR) to a shorter directory"
    );
}

export {
  runDirBase,
  ensureRunDirBase,
  removeRunDir,
  checkSocketPath
};
