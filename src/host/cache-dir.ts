// Where sandbox-action keeps what it compiled: the sandbox server's V8 code cache (code-cache.ts)
// and the code caches of the CLI's own chunks (src/cli/compile-cache.ts). Kept apart from
// code-cache.ts so the CLI's entry can ask without loading node:crypto.
import { lstatSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";

/** `off` turns both caches off: neither used nor made. */
export const CODE_CACHE_SWITCH_ENV = "SANDBOX_ACTION_CODE_CACHE";

/** the CLI's chunk caches, inside codeCacheDir() */
export const COMPILE_CACHE_SUBDIR = "compile";

/** this Node's directory of the CLI's chunk caches, inside the cache directory `dir` */
export function chunkCacheDir(dir: string): string {
  return join(dir, COMPILE_CACHE_SUBDIR, `${process.version}-${process.arch}-chunks`);
}

export type Env = Record<string, string | undefined>;

/** $XDG_CACHE_HOME/sandbox-action, else ~/.cache/sandbox-action; undefined when switched off. */
export function codeCacheDir(env: Env = process.env): string | undefined {
  if (env[CODE_CACHE_SWITCH_ENV] === "off") return undefined;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "sandbox-action");
  const home = env.HOME || homedir();
  return home && isAbsolute(home) ? join(home, ".cache", "sandbox-action") : undefined;
}

/** The directory exists (made 0700 if not), is ours, and nobody else can write into it. */
export function privateDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    const uid = process.getuid?.();
    return stat.isDirectory() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}
