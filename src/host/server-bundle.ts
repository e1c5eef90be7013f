// Finds dist/sandbox-server.js, the file every backend mounts into its sandbox. The CLI is
// code-split, so this module may run from dist/ or dist/chunks/.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SERVER_BUNDLE_ENV = "SANDBOX_ACTION_SERVER_BUNDLE";

export function serverBundlePath(): string {
  const override = process.env[SERVER_BUNDLE_ENV];
  if (override) return override;
  for (const relative of ["./sandbox-server.js", "../sandbox-server.js"]) {
    const candidate = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    `cannot find sandbox-server.js beside ${fileURLToPath(import.meta.url)}; rebuild with npm run build`,
  );
}
