// Checks and names every backend's create() needs.
import { randomBytes } from "node:crypto";
import { realpathSync, statSync } from "node:fs";
import { SandboxError } from "./types.js";

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
 * The entrypoint's code cache when it can be bound: a regular file whose path the bind syntax can
 * carry. Only an optimisation, so anything else leaves it out rather than failing the sandbox.
 */
export function usableCodeCache(path: string | undefined): string | undefined {
  if (!path || path.includes(":")) return undefined;
  try {
    return statSync(path).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Short on purpose: it is part of socket paths and container names. */
export function sandboxId(runId: string): string {
  const prefix =
    runId
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")
      .slice(0, 8) || "run";
  return `sbx-${prefix}-${randomBytes(4).toString("hex")}`;
}
