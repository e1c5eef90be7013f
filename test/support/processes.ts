// Looking for what a test left behind: processes by command line, with a deadline.
import { readdirSync, readFileSync } from "node:fs";
import { RUNNER_FLAG } from "../../src/backends/layout.js";

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * SIGKILL to each of `pids` that is still there: killing one of a tree can end the others first
 * (bubblewrap's children die with it), which is no failure of the test.
 */
export function killAll(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  }
}

/** Live (non-zombie) processes whose command line mentions `text`, e.g. a sandbox id. */
export function processesMentioning(text: string): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
        const state = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0];
        return cmdline.includes(text) && state !== "Z";
      } catch {
        return false;
      }
    })
    .map(Number);
}

/**
 * true for the sandbox server's argv: node, its flags, then the script (`.../server.js`). Not for
 * bubblewrap, whose argv names the script too, as a bind's source and target among other values.
 */
export function isServerArgv(argv: string[]): boolean {
  const script = argv.findIndex((arg, index) => index > 0 && arg.endsWith("server.js"));
  return (
    script > 0 &&
    argv.slice(1, script).every((arg) => arg.startsWith("--")) &&
    // the same bundle as the runner, in the commands' compartment (ADR 0014)
    !argv.slice(script + 1).includes(RUNNER_FLAG)
  );
}

export async function until(condition: () => boolean, ms = 5000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
