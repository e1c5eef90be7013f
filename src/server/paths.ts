// Tools take paths as the agent writes them. Relative ones mean "in the workspace"; absolute ones
// are taken as they are, because the sandbox (not this server) decides what is reachable.
import { isAbsolute, relative, resolve } from "node:path";

export function resolvePath(workspace: string, path: string): string {
  return resolve(workspace, path);
}

/** `abs` relative to the workspace when it lies inside it, else `abs` itself. */
export function displayPath(workspace: string, abs: string): string {
  const rel = relative(workspace, abs);
  if (rel === "") return ".";
  if (rel.startsWith("..") || isAbsolute(rel)) return abs;
  return rel;
}
