import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/daemon/state.ts
init_web_globals();
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
  mkdirSync(dirname(path), { recursive: !0, mode: 448 });
  let temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}
`, { mode: 384 }), renameSync(temporary, path);
}
function readState(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
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
  rmSync(path, { force: !0 });
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
