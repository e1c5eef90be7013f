// Stopping a daemon and everything of its run, for `down` and the action's post step: SIGTERM
// with a grace period, SIGKILL after it, then a reap by run label for whatever a killed daemon
// could not clean up itself. Bounded in time.
import { type BackendChoice, backendsToReap } from "../backends/index.js";
import { LABEL_RUN_ID, type ReapedSandbox } from "../backends/types.js";
import { processAlive } from "./state.js";

export const STOP_GRACE_MS = 10_000;
const KILL_WAIT_MS = 2000;

export interface StopOutcome {
  /** how the daemon ended: already gone, stopped on SIGTERM, or killed after the grace period */
  daemon: "not-running" | "stopped" | "killed";
  reaped: ReapedSandbox[];
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (processAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

export async function stopRun(run: {
  daemonPid?: number;
  runId?: string;
  backend: string;
}): Promise<StopOutcome> {
  let daemon: StopOutcome["daemon"] = "not-running";
  const pid = run.daemonPid;
  if (pid && processAlive(pid)) {
    process.kill(pid, "SIGTERM");
    daemon = "stopped";
    if (!(await waitForExit(pid, STOP_GRACE_MS))) {
      process.kill(pid, "SIGKILL");
      await waitForExit(pid, KILL_WAIT_MS);
      daemon = "killed";
    }
  }
  const reaped = [];
  if (run.runId) {
    for (const backend of await backendsToReap(run.backend as BackendChoice))
      reaped.push(...(await backend.reap({ [LABEL_RUN_ID]: run.runId })));
  }
  return { daemon, reaped };
}
