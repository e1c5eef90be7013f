// Bundles bench/NAME.ts with esbuild and runs it with this Node: `node bench/run.mjs NAME [args]`.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error(
    "usage: node bench/run.mjs NAME [args]  (NAME: local, docker, egress, soak, memory, action, mtls-identity)",
  );
  process.exit(2);
}
// Inside node_modules so the bundle resolves the project's packages.
mkdirSync(join(root, "node_modules", ".cache"), { recursive: true });
const dir = mkdtempSync(join(root, "node_modules", ".cache", "sbx-bench-"));
try {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [join(root, "bench", `${name}.ts`)],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    packages: "external",
    absWorkingDir: root,
    logLevel: "warning",
  });
  const result = spawnSync(process.execPath, [outfile, ...args], {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, SANDBOX_BENCH_ROOT: root },
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
