// Runs a script of the built bundle (from the test build, see test/global-setup.ts) in a child
// process, the way users and the runner do, and collects what it printed.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { inject } from "vitest";

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runBundle(
  script: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; stdin?: string },
): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(inject("distDir"), script), ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.stdin.on("error", () => {}); // the process may exit before reading it
    child.stdin.end(options.stdin ?? "");
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
