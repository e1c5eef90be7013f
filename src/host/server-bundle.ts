// Finds dist/sandbox-server.js, the file every backend mounts into its sandbox. The CLI is
// code-split, so this module may run from dist/ or dist/chunks/.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SERVER_BUNDLE_ENV = "SANDBOX_ACTION_SERVER_BUNDLE";

/**
 * The server bundle sandboxes get: SANDBOX_ACTION_SERVER_BUNDLE when set, else the
 * dist/sandbox-server.js of this build (`shipped`: only that one has the warm-up a code cache is
 * made from, src/host/code-cache.ts).
 */
export function serverBundle(): { path: string; shipped: boolean } {
  const override = process.env[SERVER_BUNDLE_ENV];
  if (override) return { path: override, shipped: false };
  for (const relative of ["./sandbox-server.js", "../sandbox-server.js"]) {
    const candidate = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(candidate)) return { path: candidate, shipped: true };
  }
  throw new Error(
    `cannot find sandbox-server.js beside ${fileURLToPath(import.meta.url)}; rebuild with npm run build`,
  );
}
