// Checks and names every backend's create() needs.
import { realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
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
 * The workspace's real path. Started by root, a sandbox runs as the workspace's owner (or idmapped
 * to it: ADR 0013), so the directory decides whose files the sandbox holds: a path that goes
 * through a symlink is refused, since a symlink an agent left in a checkout (`proj -> /root`) would
 * otherwise hand a later run someone else's directory as its own.
 */
export function workspacePath(path: string): string {
  const real = existingPath(path, "dir", "workspace");
  const given = resolve(path);
  if (process.getuid?.() === 0 && real !== given) {
    throw new SandboxError(
      `the workspace ${given} goes through a symlink (it is ${real}); started by root, the sandbox runs as the workspace's owner, so only a path without symlinks is taken`,
      `pass the real path (--workspace ${real}) if that is the directory you mean`,
    );
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
