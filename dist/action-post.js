import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  stopRun
} from "./chunks/chunk-YTKJ2RN6.js";
import {
  shortArgs
} from "./chunks/chunk-SVOZTIUG.js";
import {
  endGroup,
  getState,
  info,
  startGroup,
  summary,
  warning
} from "./chunks/chunk-CGNGSLJO.js";
import {
  readState,
  removeState
} from "./chunks/chunk-XUGTYIHJ.js";
import "./chunks/chunk-EF4XGPR7.js";
import "./chunks/chunk-J2N5A2XW.js";
import "./chunks/chunk-SMSWNY2J.js";

// src/action/post.ts
import { readFileSync as readFileSync2, rmSync } from "node:fs";

// src/action/summary.ts
import { readFileSync } from "node:fs";
function readAudit(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return [];
  }
  return text.split(`
`).filter(Boolean).flatMap((line) => {
    try {
      return [JSON.parse(line)];
    } catch {
      return [];
    }
  });
}
function writeSummary(summary2, entries, policy) {
  let failed = entries.filter((e) => e.is_error).length, totalMs = entries.reduce((sum, e) => sum + e.duration_ms, 0);
  return summary2.addHeading("sandbox-action", 3).addRaw(
    `Backend <code>${policy.backend}</code>, network <code>${policy.network}</code>${policy.sandboxId ? `, sandbox <code>${policy.sandboxId}</code>` : ""}. ${entries.length} tool call${entries.length === 1 ? "" : "s"}, ${failed} failed, ${totalMs} ms in all.`,
    !0
  ), entries.length > 0 && summary2.addTable([
    [
      { data: "tool", header: !0 },
      { data: "arguments", header: !0 },
      { data: "duration", header: !0 },
      { data: "result", header: !0 }
    ],
    ...entries.map((e) => [
      e.tool,
      `<code>${escapeHtml(shortArgs(e.arguments ?? {}))}</code>`,
      `${e.duration_ms} ms`,
      e.exit_code !== void 0 ? `exit ${e.exit_code}` : e.is_error ? "error" : "ok"
    ])
  ]), summary2;
}
function escapeHtml(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

// src/action/post.ts
var POST_BOUND_MS = 6e4;
async function post() {
  let statePath = getState("state-file");
  if (!statePath) {
    info("sandbox-action: nothing to clean up (the main step did not start a sandbox)");
    return;
  }
  let state = readState(statePath), backendName = getState("backend") || "local", outcome = await stopRun({
    daemonPid: Number(getState("daemon-pid") || state?.daemon_pid || 0),
    runId: getState("run-id") || state?.run_id,
    backend: backendName
  }), daemonDied = outcome.daemon === "not-running" && !!getState("daemon-pid");
  daemonDied && warning("the sandbox daemon was not running at post; reaped what it left"), outcome.daemon === "killed" && warning("the sandbox daemon did not stop in time and was killed"), outcome.reaped.length && info(`reaped ${outcome.reaped.length} sandbox(es) left by the run`), removeState(statePath);
  let mcpConfig = getState("mcp-config");
  mcpConfig && rmSync(mcpConfig, { force: !0 });
  let logFile = getState("log-file");
  if ((getState("main-failed") === "true" || daemonDied) && logFile) {
    startGroup("sandbox-action daemon log");
    try {
      info(readFileSync2(logFile, "utf8"));
    } catch {
      info("(no daemon log)");
    }
    endGroup();
  }
  let entries = readAudit(getState("audit-log"));
  await writeSummary(summary, entries, {
    backend: backendName,
    network: getState("network") || "none",
    ...state?.sandbox_id ? { sandboxId: state.sandbox_id } : {}
  }).write();
}
var bound = new Promise(
  (resolve) => setTimeout(() => {
    warning(`sandbox-action post did not finish within ${POST_BOUND_MS / 1e3} s; giving up`), resolve();
  }, POST_BOUND_MS).unref()
);
Promise.race([post(), bound]).catch((error) => warning(`sandbox-action cleanup: ${error.message}`)).finally(() => process.exit(0));
