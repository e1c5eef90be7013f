// Host programs the backends run or mount: found on the host's PATH, never the sandbox's.
import { accessSync, constants, realpathSync, statSync } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";
import { SandboxError } from "./types.js";

/**
 * An absolute path for `name`: we spawn with a scrubbed environment, whose PATH is the sandbox's,
 * so the host's PATH must be searched here.
 */
export function findExecutable(name: string, pathEnv = process.env.PATH ?? ""): string | undefined {
  if (isAbsolute(name)) return isExecutable(name) ? name : undefined;
  for (const dir of pathEnv.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The Node binary to bind into the sandbox. Under Node it is this process's own; under Deno (the CLI
 * supports `deno run`) execPath is deno, whose TLS server cannot serve the sandbox side, so a node
 * on PATH is used.
 */
export function resolveNodeBinary(override?: string): string {
  const versions = process.versions as Record<string, string | undefined>;
  const candidate = override ?? (versions.deno || versions.bun ? findExecutable("node") : process.execPath);
  if (!candidate || !isExecutable(candidate)) {
    throw new SandboxError(
      `no Node.js binary to run the sandbox server with${candidate ? ` (${candidate} is not executable)` : ""}`,
      "install Node.js 22 or newer on PATH",
    );
  }
  return realpathSync(candidate);
}
