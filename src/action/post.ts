// The action's post step (runs always): stop the daemon, destroy the sandbox, reap whatever still
// carries this run's label, write the job summary. Cleanup problems are warnings, never a failed
// job, and the whole step is bounded in time.
import { readFileSync, rmSync } from "node:fs";
import * as core from "@actions/core";
import { readState, removeState } from "../daemon/state.js";
import { stopRun } from "../daemon/stop.js";
import { createRedactor } from "../policy/redact.js";
import { readAudit, writeSummary } from "./summary.js";

const POST_BOUND_MS = 60_000;

async function post(): Promise<void> {
  const statePath = core.getState("state-file");
  if (!statePath) {
    core.info("sandbox-action: nothing to clean up (the main step did not start a sandbox)");
    return;
  }
  const state = readState(statePath);
  const backendName = core.getState("backend") || "local";
  const outcome = await stopRun({
    daemonPid: Number(core.getState("daemon-pid") || state?.daemon_pid || 0),
    runId: core.getState("run-id") || state?.run_id,
    backend: backendName,
  });
  const daemonDied = outcome.daemon === "not-running" && Boolean(core.getState("daemon-pid"));
  if (daemonDied) core.warning("the sandbox daemon was not running at post; reaped what it left");
  if (outcome.daemon === "killed") core.warning("the sandbox daemon did not stop in time and was killed");
  if (outcome.reaped.length) core.info(`reaped ${outcome.reaped.length} sandbox(es) left by the run`);
  removeState(statePath);
  // It carries the (now dead) token; the runner would clean RUNNER_TEMP, but do not rely on it.
  const mcpConfig = core.getState("mcp-config");
  if (mcpConfig) rmSync(mcpConfig, { force: true });

  const logFile = core.getState("log-file");
  if ((core.getState("main-failed") === "true" || daemonDied) && logFile) {
    core.startGroup("sandbox-action daemon log");
    try {
      core.info(readFileSync(logFile, "utf8"));
    } catch {
      core.info("(no daemon log)");
    }
    core.endGroup();
  }
  const entries = readAudit(core.getState("audit-log"));
  await writeSummary(core.summary, entries, {
    backend: backendName,
    network: core.getState("network") || "none",
    ...(state?.sandbox_id ? { sandboxId: state.sandbox_id } : {}),
    ...(state?.health ? { health: state.health, mode: state.mode } : {}),
    redactor: summaryRedactor(),
  }).write();
}

/**
 * The log was redacted as it was written; the summary is redacted again with what post can know:
 * the `redact` and `secret:` env inputs (the runner gives post the step's inputs) and the shapes.
 */
function summaryRedactor() {
  const lines = (name: string) =>
    core
      .getInput(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  const secrets = lines("env")
    .filter((line) => line.startsWith("secret:") && line.includes("="))
    .map((line) => line.slice(line.indexOf("=") + 1))
    .filter(Boolean);
  return createRedactor([...lines("redact"), ...secrets]);
}

const bound = new Promise<void>((resolve) =>
  setTimeout(() => {
    core.warning(`sandbox-action post did not finish within ${POST_BOUND_MS / 1000} s; giving up`);
    resolve();
  }, POST_BOUND_MS).unref(),
);
Promise.race([post(), bound])
  .catch((error: unknown) => core.warning(`sandbox-action cleanup: ${(error as Error).message}`))
  .finally(() => process.exit(0));
