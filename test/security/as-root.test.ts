// The tests only root can run (test/support/as-root.ts), when the suite runs as an ordinary user
// (vitest.config.ts leaves this file out of root's runs):
// run here as root through passwordless `sudo -n` (GitHub's runners, the fresh machine's sudo
// user), so that a user's run covers them too. Without sudo this skips loudly, and in CI
// (SANDBOX_ACTION_REQUIRE_ENGINES) it fails: a skipped test is not a passed one.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AS_ROOT_MARK } from "../support/as-root.js";
import { PARTLY_ROOT_ONLY, WHOLLY_ROOT_ONLY } from "../support/root-only-files.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
/**
 * Every root-only test but as-user's run of all local security suites as a user: this very run is
 * that, already (its without-sudo half still runs as root here).
 */
const PATTERN = `^(?!.*every local security suite holds).*${AS_ROOT_MARK.replace(/[()]/g, "\\$&")}`;
const sudoWorks = () => spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
const REQUIRED = process.env.SANDBOX_ACTION_REQUIRE_ENGINES === "1";

interface Report {
  numFailedTests: number;
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

{
  const canSudo = sudoWorks();
  if (!canSudo && !REQUIRED) {
    describe("the tests only root can run", () => {
      it.skip("need passwordless sudo (`sudo -n true` failed): run the suite as root to cover them", () => {});
    });
  } else {
    describe("the tests only root can run", () => {
      it("pass as root, through sudo -n", { timeout: 600_000 }, () => {
        expect(canSudo, "passwordless sudo is needed to run the root-only tests (sudo -n true failed)").toBe(
          true,
        );
        const dir = mkdtempSync(join(tmpdir(), "sbx-as-root-"));
        const report = join(dir, "report.json");
        try {
          const run = spawnSync(
            "sudo",
            [
              "-n",
              "env",
              `PATH=${join(process.execPath, "..")}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
              "SANDBOX_ACTION_REQUIRE_ENGINES=1",
              ...(process.env.DOCKER_HOST ? [`DOCKER_HOST=${process.env.DOCKER_HOST}`] : []),
              process.execPath,
              join(repo, "node_modules/vitest/vitest.mjs"),
              "run",
              // nothing of root's in the user's checkout: no bundled config, no result cache
              "--configLoader",
              "runner",
              "--no-cache",
              "--no-fsModuleCache",
              "--reporter=default",
              "--reporter=json",
              `--outputFile.json=${report}`,
              "-t",
              PATTERN,
              ...WHOLLY_ROOT_ONLY,
              ...PARTLY_ROOT_ONLY,
            ],
            { cwd: repo, encoding: "utf8", timeout: 590_000, maxBuffer: 64 * 1024 * 1024 },
          );
          const output = `${run.stdout}\n${run.stderr}`;
          expect(run.status, output.slice(-20_000)).toBe(0);
          const results = (JSON.parse(readFileSync(report, "utf8")) as Report).testResults.flatMap(
            (file) => file.assertionResults,
          );
          const rootOnly = results.filter((test) => test.fullName.includes(AS_ROOT_MARK));
          const ran = rootOnly.filter((test) => !/every local security suite holds/.test(test.fullName));
          // the local limits' fake cgroup machines, a root-only file and a root-owned workspace per
          // backend, as-user's without-sudo half: each ran and passed
          expect(ran.length, output.slice(-5_000)).toBeGreaterThanOrEqual(10);
          expect(
            ran.filter((test) => test.status !== "passed"),
            output.slice(-5_000),
          ).toEqual([]);
          process.stdout.write(`[as-root] ${ran.length} root-only tests passed as root\n`);
        } finally {
          spawnSync("sudo", ["-n", "rm", "-rf", dir]);
          rmSync(dir, { recursive: true, force: true });
        }
      });
    });
  }
}
