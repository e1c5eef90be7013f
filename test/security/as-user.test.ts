// The local backend's security suites as an ordinary user, for real (issue 17: "the whole escape
// suite passes as root and as an ordinary user"). Run as root, in CI (SANDBOX_ACTION_REQUIRE_ENGINES)
// or with SANDBOX_ACTION_TEST_AS_USER=1, since it makes a user (useradd), gives it passwordless
// sudo for a while (/etc/sudoers.d) and removes both afterwards.
// - with passwordless sudo (GitHub's hosted runners): every local security suite, run as that
//   user, passes; the limits suite sees every limit held by a cgroup that the backend prepared
//   through `sudo -n` (promise 6, item 8);
// - without sudo and no delegated cgroup: create refuses, naming the cause and the fix, and
//   `doctor` fails.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { findExecutable } from "../../src/backends/executables.js";
import { describeAsRoot } from "../support/as-root.js";

const ENABLED =
  process.env.SANDBOX_ACTION_TEST_AS_USER === "1" || process.env.SANDBOX_ACTION_REQUIRE_ENGINES === "1";
/** every local security suite: what the ordinary user must get, as root does */
const SUITES = [
  "escapes",
  "filesystem",
  "isolation",
  "host-root",
  "git",
  "protected-sessions",
  "redaction",
  "egress",
  "reach",
  "limits",
].map((name) => `test/security/${name}-local.test.ts`);
const USER = process.env.SANDBOX_ACTION_TEST_USER ?? "sbx-limits-test";
const SUDOERS = `/etc/sudoers.d/sandbox-action-test-${USER}`;
/** the checkout, without a trailing slash */
const repo = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");

function sh(command: string, args: string[], options: { cwd?: string; timeout?: number } = {}) {
  return spawnSync(command, args, { encoding: "utf8", timeout: options.timeout ?? 60_000, cwd: options.cwd });
}

/** where the checkout (and this node, when it lives in it) appear to the user: see asUser */
const userRepo = () => join(userTmp, "repo");
const userNode = () =>
  process.execPath.startsWith(`${repo}/`)
    ? join(userRepo(), process.execPath.slice(repo.length))
    : process.execPath;

/**
 * Runs argv as the test user, with a plain environment (no root HOME, our node first on PATH), in
 * a private mount namespace where the checkout is bound at userRepo(): a checkout under /root (or
 * any directory the user cannot pass) is readable there all the same, and nothing changes on the
 * host.
 */
function asUser(
  argv: string[],
  options: { cwd?: string; timeout?: number; env?: Record<string, string> } = {},
) {
  const env = {
    PATH: `${join(userNode(), "..")}:/usr/local/bin:/usr/bin:/bin`,
    HOME: `/home/${USER}`,
    TMPDIR: userTmp,
    ...options.env,
  };
  const envArgs = Object.entries(env).map(([key, value]) => `${key}=${value}`);
  return sh(
    "unshare",
    [
      "--mount",
      "--propagation",
      "private",
      "/bin/sh",
      "-c",
      'mount --bind "$0" "$1" && cd "$2" && shift 2 && exec runuser -u "$@"',
      repo,
      userRepo(),
      options.cwd ?? "/",
      USER,
      "--",
      "env",
      "-i",
      ...envArgs,
      ...argv,
    ],
    { ...options, cwd: "/" },
  );
}

/** the cgroups the backend prepared for the user (v1: one per hierarchy; v2: under the root), deepest first */
function removeUserSubtrees(uid: number): void {
  sh("/bin/sh", [
    "-c",
    `find /sys/fs/cgroup -depth -type d \\( -name sandbox-action-${uid} -o -path '*/sandbox-action-${uid}/*' \\) -exec rmdir {} \\; 2>/dev/null; true`,
  ]);
}

let userTmp = "";
let uid = -1;
let createdUser = false;

describeAsRoot("local limits as an ordinary user", () => {
  // it makes a user and gives it sudo: only where asked to (CI asks), and loudly skipped elsewhere
  if (!ENABLED) it.skip("needs SANDBOX_ACTION_TEST_AS_USER=1 or SANDBOX_ACTION_REQUIRE_ENGINES=1", () => {});
  if (!ENABLED) return;
  let dist = "";

  beforeAll(() => {
    expect(findExecutable("sudo"), "install sudo (apt-get install -y sudo)").toBeDefined();
    if (sh("id", ["-u", USER]).status !== 0) {
      expect(sh("useradd", ["-m", "-s", "/bin/sh", USER]).status).toBe(0);
      createdUser = true;
    }
    uid = Number(sh("id", ["-u", USER]).stdout.trim());
    // short: the nested run makes its own TMPDIR in it, and unix socket paths are short
    userTmp = mkdtempSync("/tmp/sbx-u-");
    chmodSync(userTmp, 0o1777);
    mkdirSync(userRepo());
    // the bundles of this run, where the user can read them
    dist = join(userTmp, "dist");
    cpSync(inject("distDir"), dist, { recursive: true });
    sh("chmod", ["-R", "a+rX", dist]);
    removeUserSubtrees(uid);
  });

  afterAll(() => {
    rmSync(SUDOERS, { force: true });
    if (uid >= 0) removeUserSubtrees(uid);
    if (createdUser) sh("userdel", ["-r", USER]);
    if (userTmp) rmSync(userTmp, { recursive: true, force: true });
  });

  it("with passwordless sudo: every local security suite holds, every limit a cgroup's", {
    timeout: 900_000,
  }, () => {
    writeFileSync(SUDOERS, `${USER} ALL=(ALL) NOPASSWD: ALL\n`, { mode: 0o440 });
    try {
      expect(asUser(["sudo", "-n", "true"]).status).toBe(0);
      const suite = asUser(
        [
          join(userRepo(), "node_modules/.bin/vitest"),
          "run",
          // the config bundled in memory: node_modules is root's
          "--configLoader",
          "runner",
          ...SUITES,
        ],
        // a skip is a failure here too, as in CI
        { cwd: userRepo(), timeout: 880_000, env: { SANDBOX_ACTION_REQUIRE_ENGINES: "1" } },
      );
      const output = stripVTControlCharacters(`${suite.stdout}\n${suite.stderr}`);
      expect(suite.status, output.slice(-20_000)).toBe(0);
      expect(output).toMatch(new RegExp(`Test Files\\s+${SUITES.length} passed`));
      expect(output).not.toMatch(/\d+ failed/);
      // none skipped: the tests only root can run are not registered for the user (support/as-root.ts)
      expect(output, output.slice(-5_000)).not.toMatch(/Tests\s+.*\d+ skipped/);
      expect(output).toMatch(
        /limits: memory 256m \(cgroup-v[12]\), pids 128 \(cgroup-v[12]\), cpus 1 \(cgroup-v[12]\); prepared: .*`sudo -n`/,
      );
      const doctor = asUser([userNode(), join(dist, "index.js"), "doctor", "--json"], { cwd: userTmp });
      const limits = JSON.parse(doctor.stdout).sections[1].checks.find(
        (check: { name: string }) => check.name === "resource limits (local)",
      );
      expect(limits.ok, doctor.stdout).toBe(true);
      expect(limits.detail).toMatch(/^memory: cgroup-v[12], pids: cgroup-v[12], cpus: cgroup-v[12]; /);
    } finally {
      rmSync(SUDOERS, { force: true });
    }
  });

  it("without sudo: create refuses, naming the cause and the fix; doctor fails", () => {
    removeUserSubtrees(uid);
    expect(asUser(["sudo", "-n", "true"]).status).not.toBe(0);
    const workspace = join(userTmp, "ws");
    expect(asUser(["mkdir", "-p", workspace]).status).toBe(0);
    const calls = join(userTmp, "calls.json");
    writeFileSync(calls, JSON.stringify([{ tool: "run_command", args: { command: "echo hi" } }]), {
      mode: 0o644,
    });
    const run = asUser(
      [userNode(), join(dist, "index.js"), "run", "--calls", calls, "--workspace", workspace],
      {
        cwd: workspace,
      },
    );
    expect(run.status, run.stderr).toBe(3);
    expect(run.stderr).toContain(`nothing on this machine can enforce memory 4g`);
    expect(run.stderr).toContain(`for uid ${uid}`);
    expect(run.stderr).toContain("passwordless sudo");
    expect(run.stderr).toContain("best-effort");
    const doctor = asUser([userNode(), join(dist, "index.js"), "doctor"], { cwd: workspace });
    expect(doctor.status).toBe(3);
    expect(doctor.stdout).toMatch(
      /FAIL resource limits \(local\): memory: NOT enforceable, pids: RLIMIT_NPROC/,
    );
    expect(existsSync(SUDOERS)).toBe(false);
  });
});
