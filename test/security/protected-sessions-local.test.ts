import { readFileSync } from "node:fs";
import { describe } from "vitest";
import type { LocalSandbox } from "../../src/backends/local/index.js";
import { makeLocalFixture } from "../backends/backend-fixture.js";
import { engineAvailable } from "../support/engines.js";
import { defineProtectedSessionsSuite } from "./protected-sessions.suite.js";

/** The host directories bound into the sandbox: the root field of its mount namespace's mounts. */
async function hostSources(sandbox: unknown): Promise<string[]> {
  const pid = (sandbox as LocalSandbox).initPid;
  return readFileSync(`/proc/${pid}/mountinfo`, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split(" ")[3] as string);
}

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineProtectedSessionsSuite("local", () => makeLocalFixture(), hostSources);
});
