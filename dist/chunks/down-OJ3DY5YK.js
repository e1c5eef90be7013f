import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  findDaemon
} from "./chunk-CON2NGHZ.js";
import {
  EXIT
} from "./chunk-T2R4P3PH.js";
import "./chunk-LSRAHVTL.js";
import "./chunk-LFNPZDTK.js";
import {
  STOP_GRACE_MS,
  stopRun
} from "./chunk-6JLYUDCZ.js";
import {
  removeState
} from "./chunk-XUGTYIHJ.js";
import "./chunk-X6LR5QU5.js";
import "./chunk-QUXMQGRI.js";
import "./chunk-SMSWNY2J.js";

// src/cli/commands/down.ts
async function execute(args, io) {
  let { path, state } = findDaemon(args, io), outcome = await stopRun({ daemonPid: state.daemon_pid, runId: state.run_id, backend: state.backend });
  outcome.daemon === "killed" && io.stderr.write(
    `sandbox-action down: the daemon did not stop within ${STOP_GRACE_MS} ms; it was killed
`
  );
  let reaped = outcome.reaped;
  removeState(path);
  let what = state.mode === "ephemeral" ? `the daemon of run ${state.run_id} and its sandboxes are` : `sandbox ${state.sandbox_id} is`;
  return io.stderr.write(
    `sandbox-action: ${what} down${reaped.length ? ` (reaped ${reaped.length} left behind)` : ""}
`
  ), EXIT.ok;
}
export {
  execute
};
