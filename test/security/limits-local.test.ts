import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect } from "vitest";
import type { LocalSandbox } from "../../src/backends/local/index.js";
import { cgroupProcs } from "../../src/backends/local/limits.js";
import { engineAvailable } from "../support/engines.js";
import { type LocalTarget, startLocalTarget } from "../support/local-target.js";
import { defineLimitsSuite } from "./limits.suite.js";

const root = process.getuid?.() === 0;

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineLimitsSuite(
    "local",
    (options) => startLocalTarget(options),
    async (target) => {
      const sandbox = (target as LocalTarget).session.sandbox as LocalSandbox;
      const { limits } = sandbox;
      // every limit is a cgroup's, and the sandbox's processes are in it: as root (this machine and
      // CI: cgroup v1; GitHub's runners under sudo: v2), and as an ordinary user in a subtree
      // delegated to it (prepared through `sudo -n`, or by systemd; limits.ts). Where nothing can
      // enforce a limit, create fails instead (test/backends/local-limits.test.ts).
      for (const limit of [limits.memory, limits.pids, limits.cpus]) {
        expect(limit.mechanism).toMatch(/^cgroup-v[12]$/);
      }
      if (!root) {
        const subtree = `sandbox-action-${process.getuid?.()}`;
        for (const dir of limits.cgroups) expect(dir.split("/")).toContain(subtree);
      }
      expect(limits.cgroups.length).toBeGreaterThan(0);
      for (const dir of limits.cgroups) {
        expect(cgroupProcs(dir)).toContain(sandbox.initPid);
      }
      const read = (name: string) =>
        limits.cgroups
          .map((dir) => {
            try {
              return readFileSync(join(dir, name), "utf8").trim();
            } catch {
              return undefined;
            }
          })
          .find((value) => value !== undefined);
      if (limits.memory.mechanism === "cgroup-v1") {
        expect(read("memory.limit_in_bytes")).toBe(String(256 * 1024 ** 2));
        expect(read("pids.max")).toBe("128");
        expect(read("cpu.cfs_quota_us")).toBe("100000");
      } else {
        expect(read("memory.max")).toBe(String(256 * 1024 ** 2));
        expect(read("pids.max")).toBe("128");
        expect(read("cpu.max")).toBe("100000 100000");
      }
      // a command run through exec joins them too
      const exec = await sandbox.exec(["/bin/sh", "-c", "cat /proc/self/cgroup"]);
      expect(exec.exitCode).toBe(0);
    },
  );
});
