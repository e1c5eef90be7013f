import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  require_node_fs
} from "./chunk-2E5UXECN.js";
import {
  __toESM,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/daemon/state.ts
init_web_globals();
var import_node_fs = __toESM(require_node_fs(), 1);
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
function defaultStatePath(workspace, env = process.env) {
  let base = env.XDG_STATE_HOME || join(homedir(), ".local", "state"), key = createHash("sha256").update(workspace).digest("hex").slice(0, 16);
  return join(base, "sandbox-action", `${key}.json`);
}
function siblingPath(statePath, suffix) {
  return statePath.replace(/\.json$/, "") + suffix;
}
function writeState(path, state) {
  (0, import_node_fs.mkdirSync)(dirname(path), { recursive: !0, mode: 448 });
  let temporary = `${path}.${process.pid}.tmp`;
  (0, import_node_fs.writeFileSync)(temporary, `${JSON.stringify(state, null, 2)}
`, { mode: 384 }), (0, import_node_fs.renameSync)(temporary, path);
}
function readState(path) {
  let text;
  try {
    text = (0, import_node_fs.readFileSync)(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw error;
  }
  try {
    let state = JSON.parse(text);
    if (state.version !== 1 || typeof state.daemon_pid != "number") throw new Error("unknown format");
    return state;
  } catch (error) {
    throw new Error(`state file ${path} is not readable (${error.message}); remove it`);
  }
}
function removeState(path) {
  (0, import_node_fs.rmSync)(path, { force: !0 });
}
function processAlive(pid) {
  try {
    return process.kill(pid, 0), !0;
  } catch (error) {
    return error.code === "EPERM";
  }
}

export {
  defaultStatePath,
  siblingPath,
  writeState,
  readState,
  removeState,
  processAlive
};
