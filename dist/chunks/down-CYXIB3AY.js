import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  findDaemon
} from "./chunk-TJFLY3TE.js";
import {
  EXIT
} from "./chunk-LWUFNTYP.js";
import "./chunk-JA7W645Z.js";
import "./chunk-DHGTDYGS.js";
import {
  STOP_GRACE_MS,
  stopRun
} from "./chunk-CLFAV5HB.js";
import {
  removeState
} from "./chunk-XOI5ZSIS.js";
import "./chunk-K7RVUPPP.js";
import "./chunk-2E5UXECN.js";
import "./chunk-PCBCL7EI.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/commands/down.ts
init_web_globals();
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
