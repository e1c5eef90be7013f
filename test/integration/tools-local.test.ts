import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineToolSuite } from "../suites/tools.suite.js";
import { runCommand } from "../support/calls.js";
import { engineAvailable } from "../support/engines.js";
import { startLocalTarget } from "../support/local-target.js";
import { forServerProcesses } from "../support/processes.js";

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineToolSuite("local", () => startLocalTarget());
});

const SERVER_SMAPS = forServerProcesses('grep AnonHugePages "$p/smaps_rollup"');

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
        const huge =
          (await runCommand(target, SERVER_SMAPS)).stdout.match(/AnonHugePages:\s+(\d+) kB/g) ?? [];
        // bubblewrap's init has the server's cmdline too and no huge pages: the largest is the server
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
