// Shared pieces for the local backend's integration tests: the generic backend fixture (see
// backend-fixture.ts) on bubblewrap, and looking for host processes.
import { readdirSync, readFileSync } from "node:fs";
import type { LocalBackendOptions } from "../../src/backends/local/index.js";
import { type Fixture, makeLocalFixture } from "./backend-fixture.js";

export { ECHO_SERVER, type Fixture, firstLine, isAlive, waitFor } from "./backend-fixture.js";

export function makeFixture(options: LocalBackendOptions = {}): Fixture {
  return makeLocalFixture(options);
}

/** host processes whose command line mentions `needle` */
export function processesMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, "utf8").includes(needle)) pids.push(Number(name));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}
