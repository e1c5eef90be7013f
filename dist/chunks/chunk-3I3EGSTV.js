import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SandboxError
} from "./chunk-X6LR5QU5.js";

// src/backends/layout.ts
var SANDBOX_DIR = "/.sandbox", NODE_DIR = `${SANDBOX_DIR}/bin`, NODE_INSIDE = `${NODE_DIR}/node`, SCRIPT_INSIDE = `${SANDBOX_DIR}/server.js`, RUN_INSIDE = `${SANDBOX_DIR}/run`, SOCKET_NAME = "server.sock", LISTEN_ADDRESS = `unix:${RUN_INSIDE}/${SOCKET_NAME}`, WORKSPACE_INSIDE = "/workspace", SANDBOX_UID = 1e3, SANDBOX_GID = 1e3, SANDBOX_HOSTNAME = "sandbox", EGRESS_DIR_INSIDE = `${SANDBOX_DIR}/egress`, EGRESS_SOCKET_NAME = "egress.sock", EGRESS_PROXY_ADDRESS = "127.0.0.1:3128";

// src/backends/run-dir.ts
import { lstatSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
function runDirBase(env = process.env, name = "sandbox-action") {
  return env.RUNNER_TEMP && isAbsolute(env.RUNNER_TEMP) ? join(env.RUNNER_TEMP, name) : join(tmpdir(), `${name}-${process.getuid?.() ?? "user"}`);
}
function ensureRunDirBase(base) {
  try {
    mkdirSync(base, { recursive: !0, mode: 448 });
  } catch (error) {
    throw new SandboxError(
      `cannot create the run directory ${base}: ${error.message}`,
      void 0,
      {
        cause: error
      }
    );
  }
  let stat = lstatSync(base), uid = process.getuid?.();
  if (!stat.isDirectory() || uid !== void 0 && stat.uid !== uid || (stat.mode & 63) !== 0)
    throw new SandboxError(
      `the run directory ${base} is not a private directory of this user (a symlink, another owner, or group/world access)`,
      `remove ${base} or set RUNNER_TEMP to a private directory`
    );
}
function removeRunDir(dir) {
  rmSync(dir, { recursive: !0, force: !0, maxRetries: 3 });
}

export {
  NODE_DIR,
  NODE_INSIDE,
  SCRIPT_INSIDE,
  RUN_INSIDE,
  SOCKET_NAME,
  LISTEN_ADDRESS,
  WORKSPACE_INSIDE,
  SANDBOX_UID,
  SANDBOX_GID,
  SANDBOX_HOSTNAME,
  EGRESS_DIR_INSIDE,
  EGRESS_SOCKET_NAME,
  EGRESS_PROXY_ADDRESS,
  runDirBase,
  ensureRunDirBase,
  removeRunDir
};
