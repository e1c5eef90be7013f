// The sandbox's environment is built from nothing: a fixed base plus what the caller passes
// explicitly. Nothing from the host's process.env is ever copied in (threat model promise 1).
import { NODE_DIR } from "./layout.js";
import { SandboxError } from "./types.js";

export const BASE_ENV: Readonly<Record<string, string>> = {
  PATH: `${NODE_DIR}:/usr/local/bin:/usr/bin:/bin`,
  HOME: "/tmp",
  TMPDIR: "/tmp",
  LANG: "C.UTF-8",
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Later layers win. Rejects names and values the kernel cannot pass (or that would split). */
export function buildEnv(...layers: (Record<string, string> | undefined)[]): Record<string, string> {
  const env: Record<string, string> = { ...BASE_ENV };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      if (!NAME.test(key)) throw new SandboxError(`invalid environment variable name ${JSON.stringify(key)}`);
      if (typeof value !== "string" || value.includes("\0")) {
        throw new SandboxError(`environment variable ${key} must be a string without NUL bytes`);
      }
      env[key] = value;
    }
  }
  return env;
}

/** NUL-separated KEY=VALUE records, for passing an environment over a pipe instead of argv. */
export function encodeEnv(env: Record<string, string>): Buffer {
  return Buffer.from(
    Object.entries(env)
      .map(([key, value]) => `${key}=${value}\0`)
      .join(""),
  );
}
