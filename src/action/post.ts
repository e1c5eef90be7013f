// The action's post step (runs always): stop the daemon, destroy the sandbox, reap whatever still
// carries this run's label, write the job summary. Cleanup problems are warnings, never a failed
// job, and the whole step is bounded in time.
import { readFileSync, rmSync } from "node:fs";
import * as core from "@actions/core";
import { loadBackend } from "../backends/index.js";
import { LABEL_RUN_ID } from "../backends/types.js";
import { processAlive, readState, removeState } from "../daemon/state.js";
import { readAudit, writeSummary } from "./summary.js";

const GRACE_MS = 10_000;
const POST_BOUND_MS = 60_000;

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (processAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** Stops the daemon; false when it had already died (its log is then worth reading). */
async function stopDaemon(pid: number): Promise<boolean> {
  if (!processAlive(pid)) {
    core.warning(`the sandbox daemon (pid ${pid}) was not running at post; reaping what it left`);
    return false;
  }
  process.kill(pid, "SIGTERM");
  if (await waitForExit(pid, GRACE_MS)) return true;
  core.warning(`the sandbox daemon did not stop within ${GRACE_MS} ms; killing it`);
  process.kill(pid, "SIGKILL");
  await waitForExit(pid, 2000);
  return true;
}

async function post(): Promise<void> {
  const statePath = core.getState("state-file");
  if (!statePath) {
    core.info("sandbox-action: nothing to clean up (the main step did not start a sandbox)");
    return;
  }
  const state = readState(statePath);
  const pid = Number(core.getState("daemon-pid") || state?.daemon_pid || 0);
  const runId = core.getState("run-id") || state?.run_id;
  const backendName = core.getState("backend") || "local";
  const daemonWasRunning = pid ? await stopDaemon(pid) : true;
  if (runId) {
    const backend = await loadBackend(backendName as "local");
    const reaped = await backend.reap({ [LABEL_RUN_ID]: runId });
    if (reaped.length) core.info(`reaped ${reaped.length} sandbox(es) left by run ${runId}`);
  }
  removeState(statePath);
  // It carries the (now dead) token; the runner would clean RUNNER_TEMP, but do not rely on it.
  const mcpConfig = core.getState("mcp-config");
  if (mcpConfig) rmSync(mcpConfig, { force: true });

  const logFile = core.getState("log-file");
  if ((core.getState("main-failed") === "true" || !daemonWasRunning) && logFile) {
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
  }).write();
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
