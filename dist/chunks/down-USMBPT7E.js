import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  findDaemon
} from "./chunk-Q4LWGTVY.js";
import {
  EXIT
} from "./chunk-T2R4P3PH.js";
import "./chunk-U64KAQTI.js";
import {
  loadBackend
} from "./chunk-PNHMOIAV.js";
import {
  processAlive,
  removeState
} from "./chunk-XUGTYIHJ.js";
import {
  LABEL_RUN_ID
} from "./chunk-J2N5A2XW.js";
import "./chunk-SMSWNY2J.js";

// src/cli/commands/down.ts
var GRACE_MS = 1e4;
async function waitForExit(pid, ms) {
  let deadline = Date.now() + ms;
  for (; processAlive(pid); ) {
    if (Date.now() > deadline) return !1;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !0;
}
async function execute(args, io) {
  let { path, state, running } = findDaemon(args, io);
  running && (process.kill(state.daemon_pid, "SIGTERM"), await waitForExit(state.daemon_pid, GRACE_MS) || (io.stderr.write(`sandbox-action down: the daemon did not stop within ${GRACE_MS} ms; killing it
`), process.kill(state.daemon_pid, "SIGKILL"), await waitForExit(state.daemon_pid, 2e3)));
  let reaped = await (await loadBackend(state.backend)).reap({ [LABEL_RUN_ID]: state.run_id });
  return removeState(path), io.stderr.write(
    `sandbox-action: sandbox ${state.sandbox_id} is down${reaped.length ? ` (reaped ${reaped.length} left behind)` : ""}
`
  ), EXIT.ok;
}
export {
  execute
};
