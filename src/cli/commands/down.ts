// `down`: stop the daemon gracefully, then make sure nothing of its run is left (reap by label),
// even when the daemon was killed and could not clean up after itself.
import { loadBackend } from "../../backends/index.js";
import { LABEL_RUN_ID } from "../../backends/types.js";
import { processAlive, removeState } from "../../daemon/state.js";
import type { ParsedArgs } from "../args.js";
import type { CommandIo } from "../commands.js";
import { findDaemon } from "../daemon-client.js";
import { EXIT } from "../exit-codes.js";

const GRACE_MS = 10_000;

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (processAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

export async function execute(args: ParsedArgs, io: CommandIo): Promise<number> {
  const { path, state, running } = findDaemon(args, io);
  if (running) {
    process.kill(state.daemon_pid, "SIGTERM");
    if (!(await waitForExit(state.daemon_pid, GRACE_MS))) {
      io.stderr.write(`sandbox-action down: the daemon did not stop within ${GRACE_MS} ms; killing it\n`);
      process.kill(state.daemon_pid, "SIGKILL");
      await waitForExit(state.daemon_pid, 2000);
    }
  }
  const backend = await loadBackend(state.backend as "local");
  const reaped = await backend.reap({ [LABEL_RUN_ID]: state.run_id });
  removeState(path);
  io.stderr.write(
    `sandbox-action: sandbox ${state.sandbox_id} is down${reaped.length ? ` (reaped ${reaped.length} left behind)` : ""}\n`,
  );
  return EXIT.ok;
}
