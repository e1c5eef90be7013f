import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { LocalSandbox } from "../../src/backends/local/index.js";
import { defineToolSuite } from "../suites/tools.suite.js";
import { runCommand } from "../support/calls.js";
import { engineAvailable } from "../support/engines.js";
import { startLocalTarget } from "../support/local-target.js";

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineToolSuite("local", () => startLocalTarget());
});

function hostThpMode(): string | undefined {
  try {
    return /\[(\w+)\]/.exec(readFileSync("/sys/kernel/mm/transparent_hugepage/enabled", "utf8"))?.[1];
  } catch {
    return undefined;
  }
}

describe.skipIf(!engineAvailable("bwrap"))("local backend: the server's malloc tuning", () => {
  const mode = hostThpMode();
  it.skipIf(mode !== "madvise" && mode !== "always")(
    `puts the server's heap on transparent huge pages (the host's THP mode: ${mode})`,
    async () => {
      const target = await startLocalTarget();
      try {
        const thp = await runCommand(target, "cat /sys/kernel/mm/transparent_hugepage/enabled");
        expect(thp.stdout).toContain(`[${mode}]`);
        // read from the host: the server's compartment is out of the commands' sight (ADR 0014)
        const { initPid } = target.session.sandbox as LocalSandbox;
        const server = readFileSync(`/proc/${initPid}/task/${initPid}/children`, "utf8").trim().split(" ")[0];
        const huge = readFileSync(`/proc/${server}/smaps`, "utf8").match(/AnonHugePages:\s+(\d+) kB/g) ?? [];
        expect(Math.max(...huge.map((line) => Number(/\d+/.exec(line)?.[0])))).toBeGreaterThan(0);
      } finally {
        await target.close();
      }
    },
  );

  it("leaves an explicit GLIBC_TUNABLES alone, for the server and for the commands", async () => {
    const target = await startLocalTarget({ env: { GLIBC_TUNABLES: "glibc.malloc.check=0" } });
    try {
      const env = await runCommand(target, "env");
      expect(env.stdout).toMatch(/^GLIBC_TUNABLES=glibc\.malloc\.check=0$/m);
      expect(env.stdout).not.toContain("SANDBOX_SERVER_TUNABLES");
    } finally {
      await target.close();
    }
  });
});
