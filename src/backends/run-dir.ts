// Per-sandbox run directories on the host: bound into the sandbox, they hold the server's socket.
import { lstatSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { SandboxError } from "./types.js";

/**
 * Where run directories go. Unix socket paths are limited to 107 bytes, so this stays short;
 * RUNNER_TEMP is per job and cleaned by the runner, elsewhere a per-user directory in the temp dir.
 */
export function runDirBase(
  env: Record<string, string | undefined> = process.env,
  name = "sandbox-action",
): string {
  if (env.RUNNER_TEMP && isAbsolute(env.RUNNER_TEMP)) return join(env.RUNNER_TEMP, name);
  return join(tmpdir(), `${name}-${process.getuid?.() ?? "user"}`);
}

/**
 * Creates the base (0700) and checks that it is really ours: in a shared /tmp another user could
 * have created it first, or planted a symlink, to read our sockets or swap our files.
 */
export function ensureRunDirBase(base: string): void {
  try {
    mkdirSync(base, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new SandboxError(
      `cannot create the run directory ${base}: ${(error as Error).message}`,
      undefined,
      {
        cause: error,
      },
    );
  }
  const stat = lstatSync(base);
  const uid = process.getuid?.();
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o077) !== 0) {
    throw new SandboxError(
      `the run directory ${base} is not a private directory of this user (a symlink, another owner, or group/world access)`,
      `remove ${base} or set RUNNER_TEMP to a private directory`,
    );
  }
}

export function removeRunDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Unix socket paths (sun_path) hold 108 bytes including the terminating NUL. */
const MAX_SOCKET_PATH = 107;

/** Throws when `path` is too long to be a unix socket, saying how to shorten it. */
export function checkSocketPath(path: string, what = "sandbox socket"): void {
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) {
    throw new SandboxError(
      `the ${what} path ${path} is longer than unix sockets allow (${MAX_SOCKET_PATH} bytes)`,
      "set RUNNER_TEMP (or TMPDIR) to a shorter directory",
    );
  }
}
