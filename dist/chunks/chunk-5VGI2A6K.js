import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  AuditLog,
  newRunId,
  startSession
} from "./chunk-VAS77DTA.js";
import {
  hostPolicy
} from "./chunk-VCM55LXE.js";
import {
  VERSION
} from "./chunk-YJCMN2RT.js";
import {
  processAlive,
  readState,
  removeState,
  writeState
} from "./chunk-XUGTYIHJ.js";
import {
  createRedactor
} from "./chunk-NYXXGQHO.js";
import {
  openBackend
} from "./chunk-HOUA4OYI.js";
import {
  SandboxError
} from "./chunk-X6LR5QU5.js";

// src/daemon/daemon.ts
import { closeSync, writeSync } from "node:fs";
var READY_FD = 3, redactor = createRedactor();
function tellParent(line) {
  try {
    writeSync(READY_FD, `${redactor.text(line).replaceAll(`
`, " ")}
`), closeSync(READY_FD);
  } catch {
  }
}
var log = (line) => process.stderr.write(`${(/* @__PURE__ */ new Date()).toISOString()} ${redactor.text(line)}
`);
async function runDaemon(config, paths) {
  let policy = hostPolicy(config);
  redactor = policy.redactor, log(`sandbox-action ${VERSION} daemon starting (pid ${process.pid}, ${config.backendReason})`);
  let audit = new AuditLog(paths.audit, { redactor }), runId = newRunId(), session;
  try {
    session = await startSession(await openBackend(config.backend, log), config, {
      runId,
      log,
      onEgress: (decision) => audit.egress(runId, decision)
    });
  } catch (error) {
    let hint = error.hint;
    return log(`provisioning failed: ${error.message}${hint ? ` (fix: ${hint})` : ""}`), tellParent(`error: ${error.message.split(`
`)[0]}${hint ? ` (fix: ${hint})` : ""}`), audit.close(), 3;
  }
  let { newToken, startProxy } = await import("./proxy-HS5LJAGC.js"), token = newToken(), proxy = await startProxy({
    upstream: session.client,
    token,
    runId: session.runId,
    audit,
    policy,
    defaultTimeoutMs: config.timeoutMs,
    log
  }), state = {
    version: 1,
    daemon_pid: process.pid,
    run_id: session.runId,
    backend: session.sandbox.backend,
    sandbox_id: session.sandbox.id,
    workspace: config.workspace,
    mcp_url: proxy.url,
    mcp_token: token,
    audit_log: paths.audit,
    log_file: paths.log,
    started_at: (/* @__PURE__ */ new Date()).toISOString()
  };
  writeState(paths.state, state), log(`ready: sandbox ${session.sandbox.id}, proxy on ${proxy.url}`), tellParent("ready");
  let reason = await new Promise((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM")), process.once("SIGINT", () => resolve("SIGINT")), session.expired.then(resolve), session.sandbox.exited.then((exit) => resolve(`the sandbox stopped (${JSON.stringify(exit)})`));
  });
  return log(`stopping: ${reason}`), await proxy.close().catch((error) => log(`proxy close: ${error.message}`)), await session.close().catch((error) => log(`sandbox teardown: ${error.message}`)), removeState(paths.state), audit.close(), log(`stopped; ${JSON.stringify(proxy.stats())}`), reason.startsWith("SIG") ? 0 : 3;
}

// src/daemon/launch.ts
import { spawn } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
var START_MARGIN_MS = 15e3, SECRET_OPTIONS_ENV = "SANDBOX_ACTION_DAEMON_SECRET_OPTIONS", SECRET_OPTIONS = ["env", "redact"];
function optionArgs(options) {
  return Object.entries(options).flatMap(
    ([name, value]) => (Array.isArray(value) ? value : [value ?? ""]).map((item) => `--${name}=${item}`)
  );
}
async function launchDaemon(cliEntry, config, options, paths) {
  mkdirSync(dirname(paths.state), { recursive: !0, mode: 448 });
  let logFd = openSync(paths.log, "a", 384), publicOptions = {}, secretOptions = {};
  for (let [name, value] of Object.entries(options))
    SECRET_OPTIONS.includes(name) ? secretOptions[name] = value : publicOptions[name] = value;
  let child = spawn(
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
      ...optionArgs({ ...publicOptions, workspace: config.workspace })
    ],
    {
      cwd: config.workspace,
      detached: !0,
      stdio: ["ignore", logFd, logFd, "pipe"],
      env: { ...process.env, [SECRET_OPTIONS_ENV]: JSON.stringify(secretOptions) }
    }
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
  runDaemon,
  SECRET_OPTIONS_ENV,
  launchDaemon
};
