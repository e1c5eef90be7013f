// Which test files hold tests only root can run (see as-root.ts). Shared by vitest.config.ts, which
// leaves the wholly root-only ones out of an ordinary user's run, and as-root.test.ts, which runs
// every root-only test of them as root through sudo in such a run.

/** files whose every test needs root: not even collected in an ordinary user's run */
export const WHOLLY_ROOT_ONLY = ["test/security/as-user.test.ts", "test/backends/local-limits.test.ts"];

/** files with some tests only root can run, marked by describeAsRoot/itAsRoot */
export const PARTLY_ROOT_ONLY = [
  "test/backends/local-lifecycle.test.ts",
  "test/backends/docker.test.ts",
  "test/security/host-root-local.test.ts",
  "test/security/host-root-docker.test.ts",
  "test/action/host-prep.test.ts",
  "test/action/runner.test.ts",
];
