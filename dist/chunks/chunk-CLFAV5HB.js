import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  processAlive
} from "./chunk-XOI5ZSIS.js";
import {
  LABEL_RUN_ID
} from "./chunk-K7RVUPPP.js";
import {
  backendsToReap
} from "./chunk-PCBCL7EI.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/daemon/stop.ts
init_web_globals();
var STOP_GRACE_MS = 1e4, KILL_WAIT_MS = 2e3;
async function waitForExit(pid, ms) {
  let deadline = Date.now() + ms;
  for (; processAlive(pid); ) {
    if (Date.now() > deadline) return !1;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !0;
}
async function stopRun(run) {
  let daemon = "not-running", pid = run.daemonPid;
  pid && processAlive(pid) && (process.kill(pid, "SIGTERM"), daemon = "stopped", await waitForExit(pid, STOP_GRACE_MS) || (process.kill(pid, "SIGKILL"), await waitForExit(pid, KILL_WAIT_MS), daemon = "killed"));
  let reaped = [];
  if (run.runId)
    for (let backend of await backendsToReap(run.backend))
      reaped.push(...await backend.reap({ [LABEL_RUN_ID]: run.runId }));
  return { daemon, reaped };
}

export {
  STOP_GRACE_MS,
  stopRun
};
