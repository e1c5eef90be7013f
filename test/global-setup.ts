// Builds the bundles from the current sources into a temporary directory once per test run, so
// integration tests exercise exactly the code under test (test/dist-fresh.test.ts separately
// checks that the committed dist/ matches).
//
// Every temporary file of the run, the tests' own directories and the run directories of the
// sandboxes and daemons they start, goes under one directory (TMPDIR, which the test workers and
// every process they start inherit), removed at the end: a run leaves nothing behind in /tmp. So
// does the server's code cache (XDG_CACHE_HOME).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error -- plain ESM build script without type declarations
import { buildAll } from "../esbuild.config.mjs";

export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  const runTmp = mkdtempSync(join(tmpdir(), "sbx-tests-"));
  // like /tmp: tests that run a step as an unprivileged user make their files here too
  chmodSync(runTmp, 0o1777);
  const previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = runTmp;
  // the server's code cache (src/host/code-cache.ts) too, not in the user's ~/.cache
  const previousCache = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = join(runTmp, "cache");
  const outdir = mkdtempSync(join(runTmp, "dist-"));
  await buildAll(outdir);
  provide("distDir", outdir);
  return () => {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
    if (previousCache === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = previousCache;
    rmSync(runTmp, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    distDir: string;
  }
}
