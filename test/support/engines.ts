// Integration tests need real engines. On a developer's laptop a missing engine skips the tests
// with a loud message; in CI (SANDBOX_ACTION_REQUIRE_ENGINES=1) it is a failure: a skipped test is
// not a passed test.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ENGINES_REQUIRED = process.env.SANDBOX_ACTION_REQUIRE_ENGINES === "1";

const cache = new Map<string, string | undefined>();

export type Engine = "bwrap" | "docker";

const repo = fileURLToPath(new URL("../..", import.meta.url));

/** The test images scripts/test-engine.sh builds; the tag is read from the script so both agree. */
export const TEST_IMAGES = (() => {
  const script = readFileSync(`${repo}/scripts/test-engine.sh`, "utf8");
  const tag = /^IMAGE_TAG=(\S+)/m.exec(script)?.[1];
  const repository = /^IMAGE_REPO=(\S+)/m.exec(script)?.[1];
  return {
    /** busybox, glibc and node */
    node: `${repository}/node:${tag}`,
    /** busybox and glibc (with the libraries node needs), no node */
    glibc: `${repository}/glibc:${tag}`,
    /** busybox only: no C library, no node (what a musl image without node looks like to us) */
    static: `${repository}/static:${tag}`,
  };
})();

/**
 * The engine the docker tests use: DOCKER_HOST, else what scripts/test-engine.sh wrote down. Set
 * into process.env so the backend under test finds the same engine.
 */
export function testDockerHost(): string | undefined {
  if (process.env.DOCKER_HOST) return process.env.DOCKER_HOST;
  const recorded = `${repo}/.tools/test-docker-host`;
  const host = existsSync(recorded) ? readFileSync(recorded, "utf8").trim() : undefined;
  if (host) process.env.DOCKER_HOST = host;
  return host;
}

function probeDocker(): string | undefined {
  const host = testDockerHost();
  if (!host)
    return "no Docker engine is configured (DOCKER_HOST is unset and scripts/test-engine.sh has not run)";
  if (!host.startsWith("unix://")) return `the tests need a unix:// DOCKER_HOST, not ${host}`;
  const socket = host.slice("unix://".length);
  const get = (path: string) =>
    spawnSync("curl", ["-sf", "--max-time", "5", "--unix-socket", socket, `http://engine${path}`], {
      encoding: "utf8",
    });
  const ping = get("/_ping");
  if (ping.error) return `curl is needed to probe the engine (${ping.error.message})`;
  if (ping.status !== 0) return `no Docker engine answers at ${host}`;
  for (const image of Object.values(TEST_IMAGES)) {
    if (get(`/images/${encodeURIComponent(image)}/json`).status !== 0)
      return `the test image ${image} is missing (scripts/test-engine.sh builds it)`;
  }
  return undefined;
}

/** Returns undefined when `engine` works here, else why not. */
function probe(engine: Engine): string | undefined {
  if (cache.has(engine)) return cache.get(engine);
  let problem: string | undefined;
  if (engine === "bwrap") {
    const r = spawnSync("bwrap", ["--unshare-user", "--unshare-net", "--ro-bind", "/", "/", "true"], {
      encoding: "utf8",
      timeout: 10_000,
    });
    if (r.error) problem = `bubblewrap is not installed (${r.error.message})`;
    else if (r.status !== 0) problem = `bubblewrap cannot create namespaces here: ${r.stderr.trim()}`;
  } else {
    problem = probeDocker();
  }
  cache.set(engine, problem);
  return problem;
}

/**
 * true when the engine is usable. When it is not: throws if engines are required, otherwise
 * prints a loud warning and returns false so the caller can `describe.skipIf(!available)`.
 */
export function engineAvailable(engine: Engine): boolean {
  const problem = probe(engine);
  if (!problem) return true;
  if (ENGINES_REQUIRED) {
    throw new Error(`SANDBOX_ACTION_REQUIRE_ENGINES=1 but ${problem}. Run scripts/setup.sh --test-engines.`);
  }
  process.stderr.write(
    `\n!!!!!!!! SKIPPING ${engine} integration tests: ${problem}\n!!!!!!!! Run scripts/setup.sh --test-engines to install it; CI treats this as a failure.\n\n`,
  );
  return false;
}
