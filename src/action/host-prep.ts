// The main step prepares the runner for the local backend before the daemon starts
// (src/backends/local/host-prep.ts decides what, and only what is needed); the commands run
// through @actions/exec and each change is a line of the step's log.
import * as core from "@actions/core";
import { getExecOutput } from "@actions/exec";
import type { CommandResult, CommandRunner } from "../backends/local/host-prep.js";
import { SUDO_PATH } from "../backends/local/limits.js";
import type { Config } from "../config/index.js";

/** @actions/exec, quiet (the step logs what changed in its own words), never throwing. */
export const execRunner: CommandRunner = async (command, args): Promise<CommandResult> => {
  try {
    const { exitCode, stdout, stderr } = await getExecOutput(command, args, {
      silent: true,
      ignoreReturnCode: true,
      // as limits.ts runs sudo: sudo's own secure PATH, nothing else of the runner's environment
      env: { PATH: SUDO_PATH },
    });
    return { exitCode, stdout, stderr };
  } catch (error) {
    // not found on PATH, or could not be spawned
    return { exitCode: 127, stdout: "", stderr: (error as Error).message };
  }
};

export async function prepareRunnerHost(config: Config): Promise<void> {
  const { prepareHost } = await import("../backends/local/host-prep.js");
  await prepareHost(
    { backend: config.backend, bestEffortLimits: config.limits.bestEffort === true },
    { run: execRunner, log: (line) => core.info(line) },
  );
}
