// `down`: stop the daemon gracefully, then make sure nothing of its run is left (reap by label),
// even when the daemon was killed and could not clean up after itself.
import { removeState } from "../../daemon/state.js";
import { STOP_GRACE_MS, stopRun } from "../../daemon/stop.js";
import type { ParsedArgs } from "../args.js";
import type { CommandIo } from "../commands.js";
import { findDaemon } from "../daemon-client.js";
import { EXIT } from "../exit-codes.js";

export async function execute(args: ParsedArgs, io: CommandIo): Promise<number> {
  const { path, state } = findDaemon(args, io);
  const outcome = await stopRun({ daemonPid: state.daemon_pid, runId: state.run_id, backend: state.backend });
  if (outcome.daemon === "killed") {
    io.stderr.write(
      `sandbox-action down: the daemon did not stop within ${STOP_GRACE_MS} ms; it was killed\n`,
    );
  }
  const reaped = outcome.reaped;
  removeState(path);
  const what =
    state.mode === "ephemeral"
      ? `the daemon of run ${state.run_id} and its sandboxes are`
      : `sandbox ${state.sandbox_id} is`;
  io.stderr.write(
    `sandbox-action: ${what} down${reaped.length ? ` (reaped ${reaped.length} left behind)` : ""}\n`,
  );
  return EXIT.ok;
}
