import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  READY_FD
} from "./chunk-KQCNLQ4P.js";
import "./chunk-B72V4FQ7.js";
import "./chunk-PNHMOIAV.js";
import "./chunk-XLGWE5QJ.js";
import "./chunk-J2N5A2XW.js";
import {
  defaultStatePath,
  processAlive,
  readState,
  siblingPath
} from "./chunk-XUGTYIHJ.js";
import "./chunk-IRIQ5WSZ.js";
import "./chunk-YJCMN2RT.js";
import {
  ConfigError,
  resolveConfig
} from "./chunk-U64KAQTI.js";
import {
  EXIT
} from "./chunk-JJXJEGS3.js";
import "./chunk-SMSWNY2J.js";

// src/cli/commands/up.ts
import { spawn } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { dirname, resolve } from "node:path";
var START_MARGIN_MS = 15e3;
function optionArgs(options) {
  return Object.entries(options).flatMap(
    ([name, value]) => (Array.isArray(value) ? value : [value ?? ""]).map((item) => `--${name}=${item}`)
  );
}
async function execute(args, io) {
  let config = resolveConfig(args.options, { cwd: io.cwd }), statePath = typeof args.flags.state == "string" ? resolve(io.cwd, args.flags.state) : defaultStatePath(config.workspace), existing = readState(statePath);
  if (existing && processAlive(existing.daemon_pid))
    throw new ConfigError(
      `a sandbox is already up for this workspace (daemon pid ${existing.daemon_pid}, state ${statePath}); run \`down\` first`
    );
  let auditPath = typeof args.flags["audit-log"] == "string" ? resolve(io.cwd, args.flags["audit-log"]) : siblingPath(statePath, ".audit.jsonl"), logPath = siblingPath(statePath, ".log");
  mkdirSync(dirname(statePath), { recursive: !0, mode: 448 });
  let logFd = openSync(logPath, "a", 384), entry = process.argv[1], child = spawn(
    process.execPath,
    [
      entry,
      "daemon",
      "--state",
      statePath,
      "--audit-log",
      auditPath,
      "--log-file",
      logPath,
      ...optionArgs({ ...args.options, workspace: config.workspace })
    ],
    { cwd: io.cwd, detached: !0, stdio: ["ignore", logFd, logFd, "pipe"] }
  ), answer = await new Promise((resolveAnswer) => {
    let text = "", timer = setTimeout(
      () => resolveAnswer(
        `error: the daemon did not report within ${config.readyTimeoutMs + START_MARGIN_MS} ms`
      ),
      config.readyTimeoutMs + START_MARGIN_MS
    ), ready = child.stdio[READY_FD];
    ready.on("data", (chunk) => {
      text += chunk.toString();
    }), ready.on("end", () => {
      clearTimeout(timer), resolveAnswer(text.trim() || "error: the daemon exited before it was ready");
    }), child.once("error", (error) => {
      clearTimeout(timer), resolveAnswer(`error: cannot start the daemon: ${error.message}`);
    });
  });
  child.unref(), child.stdio[READY_FD].destroy();
  let state = answer === "ready" ? readState(statePath) : void 0;
  if (!state)
    return child.pid && processAlive(child.pid) && process.kill(child.pid, "SIGTERM"), io.stderr.write(`sandbox-action up: ${answer.replace(/^error: /, "")}
  daemon log: ${logPath}
`), EXIT.sandbox;
  let info = {
    mcp_url: state.mcp_url,
    mcp_token: state.mcp_token,
    sandbox_id: state.sandbox_id,
    daemon_pid: state.daemon_pid,
    state_file: statePath
  };
  return args.flags.json === !0 ? io.stdout.write(`${JSON.stringify(info, null, 2)}
`) : io.stdout.write(
    [
      `sandbox ${state.sandbox_id} is up (${config.backend} backend, network ${config.network})`,
      `  MCP endpoint: ${state.mcp_url}`,
      `  token:        in ${statePath} (mcp_token); send it as "Authorization: Bearer <token>"`,
      `  audit log:    ${state.audit_log}`,
      "  stop it with: sandbox-action down",
      ""
    ].join(`
`)
  ), EXIT.ok;
}
export {
  execute
};
