var import_chunk_6AYIPOVL = require("./chunks/chunk-6AYIPOVL.js"), import_chunk_BCNB5QC7 = require("./chunks/chunk-BCNB5QC7.js"), import_chunk_BPPS7NDN = require("./chunks/chunk-BPPS7NDN.js"), import_chunk_QQHNKEZU = require("./chunks/chunk-QQHNKEZU.js"), import_chunk_A4M7HLL7 = require("./chunks/chunk-A4M7HLL7.js"), import_chunk_X4JXATLK = require("./chunks/chunk-X4JXATLK.js"), import_chunk_6MR7WQBO = require("./chunks/chunk-6MR7WQBO.js"), import_chunk_GTVJVVCB = require("./chunks/chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunks/chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_fs2 = require("node:fs");
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
var MAX_ROWS = 300;
function readAudit(path) {
  let text;
  try {
    text = (0, import_node_fs2.readFileSync)(path, "utf8");
  } catch {
    return [];
  }
  return text.split(`
`).filter(Boolean).flatMap((line) => {
    try {
      let entry = JSON.parse(line);
      return ["type" in entry ? entry : { type: "call", ...entry }];
    } catch {
      return [];
    }
  });
}
function headerRow(...names) {
  return names.map((data) => ({ data, header: !0 }));
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function writeSummary(summary2, entries, policy) {
  let redactor = policy.redactor ?? (0, import_chunk_A4M7HLL7.createRedactor)(), cell = (text) => escapeHtml(redactor.text(text)), code = (text) => `<code>${cell(text)}</code>`, args = (entry) => code((0, import_chunk_BCNB5QC7.shortArgs)(redactor.value(entry.arguments ?? {}))), calls = entries.filter((e) => e.type === "call" && !e.denied), denials = entries.filter((e) => e.type === "call" && e.denied === !0), egress = entries.filter((e) => e.type === "egress"), failed = calls.filter((e) => e.is_error).length, totalMs = calls.reduce((sum, e) => sum + e.duration_ms, 0), refusedEgress = egress.filter((e) => !e.allowed).length;
  summary2.addHeading("sandbox-action", 3).addRaw(
    `Backend ${code(policy.backend)}, network ${code(policy.network)}${policy.sandboxId ? `, sandbox ${code(policy.sandboxId)}` : ""}. ${plural(calls.length, "tool call")}, ${failed} failed, ${totalMs} ms in all.${denials.length ? ` ${plural(denials.length, "call")} refused by policy.` : ""}${egress.length ? ` ${plural(egress.length, "egress decision")}, ${refusedEgress} refused.` : ""}`,
    !0
  );
  let health = policy.health;
  if (health) {
    let verdict = health.state === "failed" ? "failed for good" : health.healthy ? "healthy" : `unhealthy (${health.state})`;
    summary2.addRaw(
      `<p>Sandbox (${cell(policy.mode ?? "persistent")}): ${verdict}, ${plural(health.respawns, "respawn")}, last check ${health.consecutive_failures > 0 ? `failed ${health.consecutive_failures}x in a row` : "ok"}${health.last_error ? `; last error: ${code(health.last_error)}` : ""}.</p>`,
      !0
    );
  }
  if (calls.length > 0 && (summary2.addTable([
    headerRow("tool", "arguments", "duration", "result"),
    ...calls.slice(0, MAX_ROWS).map((e) => [
      cell(e.tool),
      args(e),
      `${e.duration_ms} ms`,
      e.exit_code !== void 0 ? `exit ${e.exit_code}` : e.is_error ? "error" : "ok"
    ])
  ]), more(summary2, calls.length, "calls")), denials.length > 0 && (summary2.addHeading("Refused by policy", 4), summary2.addTable([
    headerRow("time", "tool", "rule", "arguments"),
    ...denials.slice(0, MAX_ROWS).map((e) => [cell(e.time), cell(e.tool), code(e.rule ?? ""), args(e)])
  ]), more(summary2, denials.length, "refused calls")), egress.length > 0) {
    let groups = /* @__PURE__ */ new Map();
    for (let e of egress) {
      let key = JSON.stringify([e.host, e.port, e.allowed, e.rule]), group = groups.get(key) ?? { first: e, methods: /* @__PURE__ */ new Set(), count: 0 };
      group.methods.add(e.method), group.count++, groups.set(key, group);
    }
    let rows = [...groups.values()].sort(
      (a, b) => Number(a.first.allowed) - Number(b.first.allowed) || (0, import_chunk_6MR7WQBO.byCodeUnit)(a.first.time, b.first.time)
    );
    summary2.addHeading("Egress", 4), summary2.addTable([
      headerRow("host", "port", "method", "decision", "rule", "address", "requests"),
      ...rows.slice(0, MAX_ROWS).map(({ first, methods, count }) => [
        code(first.host),
        String(first.port),
        cell([...methods].join(", ")),
        first.allowed ? "allowed" : "<strong>refused</strong>",
        cell(first.rule),
        first.address ? code(first.address) : "",
        String(count)
      ])
    ]), more(summary2, rows.length, "destinations");
  }
  return summary2;
}
function more(summary2, count, what) {
  count > MAX_ROWS && summary2.addRaw(`<p>\u2026 and ${count - MAX_ROWS} more ${what} (see the audit log).</p>`, !0);
}
function escapeHtml(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("|", "&#124;");
}
var POST_BOUND_MS = 6e4;
async function post() {
  let statePath = (0, import_chunk_BPPS7NDN.getState)("state-file");
  if (!statePath) {
    (0, import_chunk_BPPS7NDN.info)("sandbox-action: nothing to clean up (the main step did not start a sandbox)");
    return;
  }
  let state = (0, import_chunk_QQHNKEZU.readState)(statePath), backendName = (0, import_chunk_BPPS7NDN.getState)("backend") || "local", outcome = await (0, import_chunk_6AYIPOVL.stopRun)({
    daemonPid: Number((0, import_chunk_BPPS7NDN.getState)("daemon-pid") || state?.daemon_pid || 0),
    runId: (0, import_chunk_BPPS7NDN.getState)("run-id") || state?.run_id,
    backend: backendName
  }), daemonDied = outcome.daemon === "not-running" && !!(0, import_chunk_BPPS7NDN.getState)("daemon-pid");
  daemonDied && (0, import_chunk_BPPS7NDN.warning)("the sandbox daemon was not running at post; reaped what it left"), outcome.daemon === "killed" && (0, import_chunk_BPPS7NDN.warning)("the sandbox daemon did not stop in time and was killed"), outcome.reaped.length && (0, import_chunk_BPPS7NDN.info)(`reaped ${outcome.reaped.length} sandbox(es) left by the run`), (0, import_chunk_QQHNKEZU.removeState)(statePath);
  let mcpConfig = (0, import_chunk_BPPS7NDN.getState)("mcp-config");
  mcpConfig && (0, import_node_fs.rmSync)(mcpConfig, { force: !0 });
  let logFile = (0, import_chunk_BPPS7NDN.getState)("log-file");
  if (((0, import_chunk_BPPS7NDN.getState)("main-failed") === "true" || daemonDied) && logFile) {
    (0, import_chunk_BPPS7NDN.startGroup)("sandbox-action daemon log");
    try {
      (0, import_chunk_BPPS7NDN.info)((0, import_node_fs.readFileSync)(logFile, "utf8"));
    } catch {
      (0, import_chunk_BPPS7NDN.info)("(no daemon log)");
    }
    (0, import_chunk_BPPS7NDN.endGroup)();
  }
  let entries = readAudit((0, import_chunk_BPPS7NDN.getState)("audit-log"));
  await writeSummary(import_chunk_BPPS7NDN.summary, entries, {
    backend: backendName,
    network: (0, import_chunk_BPPS7NDN.getState)("network") || "none",
    ...state?.sandbox_id ? { sandboxId: state.sandbox_id } : {},
    ...state?.health ? { health: state.health, mode: state.mode } : {},
    redactor: summaryRedactor()
  }).write();
}
function summaryRedactor() {
  let lines = (name) => (0, import_chunk_BPPS7NDN.getInput)(name).split(/\r?\n/).map((line) => line.trim()).filter(Boolean), secrets = lines("env").filter((line) => line.startsWith("secret:") && line.includes("=")).map((line) => line.slice(line.indexOf("=") + 1)).filter(Boolean);
  return (0, import_chunk_A4M7HLL7.createRedactor)([...lines("redact"), ...secrets]);
}
var bound = new Promise(
  (resolve) => setTimeout(() => {
    (0, import_chunk_BPPS7NDN.warning)(`sandbox-action post did not finish within ${POST_BOUND_MS / 1e3} s; giving up`), resolve();
  }, POST_BOUND_MS).unref()
);
Promise.race([post(), bound]).catch((error) => (0, import_chunk_BPPS7NDN.warning)(`sandbox-action cleanup: ${error.message}`)).finally(() => process.exit(0));
