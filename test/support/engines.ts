// Integration tests need real engines. On a developer's laptop a missing engine skips the tests
// with a loud message; in CI (SANDBOX_ACTION_REQUIRE_ENGINES=1) it is a failure: a skipped test is
// not a passed test.
import { spawnSync } from "node:child_process";

export const ENGINES_REQUIRED = process.env.SANDBOX_ACTION_REQUIRE_ENGINES === "1";

const cache = new Map<string, string | undefined>();

/** Returns undefined when `engine` works here, else why not. */
function probe(engine: "bwrap"): string | undefined {
  if (cache.has(engine)) return cache.get(engine);
  let problem: string | undefined;
  if (engine === "bwrap") {
    const r = spawnSync("bwrap", ["--unshare-user", "--unshare-net", "--ro-bind", "/", "/", "true"], {
      encoding: "utf8",
      timeout: 10_000,
    });
    if (r.error) problem = `bubblewrap is not installed (${r.error.message})`;
    else if (r.status !== 0) problem = `bubblewrap cannot create namespaces here: ${r.stderr.trim()}`;
  }
  cache.set(engine, problem);
  return problem;
}

/**
 * true when the engine is usable. When it is not: throws if engines are required, otherwise
 * prints a loud warning and returns false so the caller can `describe.skipIf(!available)`.
 */
export function engineAvailable(engine: "bwrap"): boolean {
  const problem = probe(engine);
  if (!problem) return true;
  if (ENGINES_REQUIRED) {
    throw new Error(`SANDBOX_ACTION_REQUIRE_ENGINES=1 but ${problem}. Run scripts/setup.sh.`);
  }
  process.stderr.write(
    `\n!!!!!!!! SKIPPING ${engine} integration tests: ${problem}\n!!!!!!!! Run scripts/setup.sh to install it; CI treats this as a failure.\n\n`,
  );
  return false;
}
