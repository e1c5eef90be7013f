// Builds the bundles from the current sources into a temporary directory once per test run, so
// integration tests exercise exactly the code under test (test/dist-fresh.test.ts separately
// checks that the committed dist/ matches).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error -- plain ESM build script without type declarations
import { buildAll } from "../esbuild.config.mjs";

export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  const outdir = mkdtempSync(join(tmpdir(), "sandbox-action-test-dist-"));
  await buildAll(outdir);
  provide("distDir", outdir);
  return () => rmSync(outdir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    distDir: string;
  }
}
