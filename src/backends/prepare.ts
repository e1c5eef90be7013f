// Checks and names every backend's create() needs.
import { realpathSync, statSync } from "node:fs";
import { CODE_CACHE_ENV, CODE_CACHE_INSIDE } from "./layout.js";
import { randomHex } from "./random.js";
import { type Entrypoint, SandboxError } from "./types.js";

/** The real path of a host file or directory the sandbox mounts, or a SandboxError saying why not. */
export function existingPath(path: string, kind: "dir" | "file", what: string): string {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new SandboxError(`the ${what} ${path} does not exist`);
  }
  const stat = statSync(real);
  if (kind === "dir" ? !stat.isDirectory() : !stat.isFile()) {
    throw new SandboxError(`the ${what} ${path} is not a ${kind === "dir" ? "directory" : "file"}`);
  }
  return real;
}

/**
 * The entrypoint's code cache when it can be bound (a regular file whose path the bind syntax can
 * carry), and the entry process's environment naming it there. Only an optimisation, so anything
 * else leaves it out rather than failing the sandbox.
 */
export function entrypointCodeCache(entrypoint: Entrypoint): {
  codeCache?: string;
  env: Record<string, string>;
} {
  const path = entrypoint.codeCache;
  let usable = false;
  try {
    usable = path !== undefined && !path.includes(":") && statSync(path).isFile();
  } catch {
    // not there (any more)
  }
  return usable
    ? { codeCache: path, env: { ...entrypoint.env, [CODE_CACHE_ENV]: CODE_CACHE_INSIDE } }
    : { env: entrypoint.env };
}

/** Short on purpose: it is part of socket paths and container names. */
export function sandboxId(runId: string): string {
  const prefix =
    runId
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")
      .slice(0, 8) || "run";
  return `sbx-${prefix}-${randomHex(4)}`;
}
