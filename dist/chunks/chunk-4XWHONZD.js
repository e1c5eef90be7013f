import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  AuditLog,
  startSession
} from "./chunk-EWWDO73D.js";
import {
  VERSION
} from "./chunk-YJCMN2RT.js";
import {
  removeState,
  writeState
} from "./chunk-XUGTYIHJ.js";
import {
  openBackend
} from "./chunk-EF4XGPR7.js";

// src/daemon/daemon.ts
import { closeSync, writeSync } from "node:fs";
var READY_FD = 3;
function tellParent(line) {
  try {
    writeSync(READY_FD, `${line.replaceAll(`
`, " ")}
`), closeSync(READY_FD);
  } catch {
  }
}
var log = (line) => process.stderr.write(`${(/* @__PURE__ */ new Date()).toISOString()} ${line}
`);
async function runDaemon(config, paths) {
  log(`sandbox-action ${VERSION} daemon starting (pid ${process.pid}, ${config.backendReason})`);
  let session;
  try {
    session = await startSession(await openBackend(config.backend, log), config);
  } catch (error) {
    let hint = error.hint;
    return log(`provisioning failed: ${error.message}${hint ? ` (fix: ${hint})` : ""}`), tellParent(`error: ${error.message.split(`
`)[0]}${hint ? ` (fix: ${hint})` : ""}`), 3;
  }
  let { newToken, startProxy } = await import("./proxy-BSJNKY57.js"), token = newToken(), audit = new AuditLog(paths.audit), proxy = await startProxy({
    upstream: session.client,
    token,
    runId: session.runId,
    audit,
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
    process.once("SIGTERM", () => resolve("SIGTERM")), process.once("SIGINT", () => resolve("SIGINT")), session.sandbox.exited.then((exit) => resolve(`the sandbox stopped (${JSON.stringify(exit)})`));
  });
  return log(`stopping: ${reason}`), await proxy.close().catch((error) => log(`proxy close: ${error.message}`)), await session.close().catch((error) => log(`sandbox teardown: ${error.message}`)), removeState(paths.state), log(`stopped; ${JSON.stringify(proxy.stats())}`), reason.startsWith("SIG") ? 0 : 3;
}

export {
  READY_FD,
  runDaemon
};
