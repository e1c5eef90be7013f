import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  READY_FD
} from "./chunk-4XWHONZD.js";
import {
  processAlive,
  readState
} from "./chunk-XUGTYIHJ.js";
import {
  SandboxError
} from "./chunk-J2N5A2XW.js";

// src/daemon/launch.ts
import { spawn } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
var START_MARGIN_MS = 15e3;
function optionArgs(options) {
  return Object.entries(options).flatMap(
    ([name, value]) => (Array.isArray(value) ? value : [value ?? ""]).map((item) => `--${name}=${item}`)
  );
}
async function launchDaemon(cliEntry, config, options, paths) {
  mkdirSync(dirname(paths.state), { recursive: !0, mode: 448 });
  let logFd = openSync(paths.log, "a", 384), child = spawn(
    process.execPath,
    [
      cliEntry,
      "daemon",
      "--state",
      paths.state,
      "--audit-log",
      paths.audit,
      "--log-file",
      paths.log,
      ...optionArgs({ ...options, workspace: config.workspace })
    ],
    { cwd: config.workspace, detached: !0, stdio: ["ignore", logFd, logFd, "pipe"] }
  ), deadline = config.readyTimeoutMs + START_MARGIN_MS, answer = await new Promise((resolve) => {
    let text = "", timer = setTimeout(
      () => resolve(`error: the daemon did not report within ${deadline} ms`),
      deadline
    ), ready = child.stdio[READY_FD];
    ready.on("data", (chunk) => {
      text += chunk.toString();
    }), ready.on("end", () => {
      clearTimeout(timer), resolve(text.trim() || "error: the daemon exited before it was ready");
    }), child.once("error", (error) => {
      clearTimeout(timer), resolve(`error: cannot start the daemon: ${error.message}`);
    });
  });
  child.unref(), child.stdio[READY_FD].destroy();
  let state = answer === "ready" ? readState(paths.state) : void 0;
  if (!state)
    throw child.pid && processAlive(child.pid) && process.kill(child.pid, "SIGTERM"), new SandboxError(`${answer.replace(/^error: /, "")} (daemon log: ${paths.log})`);
  return state;
}

export {
  launchDaemon
};
