import { configDefaults, defineConfig } from "vitest/config";

// Each identity runs the file that covers the other one (test/support/as-root.ts): root runs the
// local security suites as an ordinary user, an ordinary user runs the root-only tests through sudo.
const otherIdentity =
  process.getuid?.() === 0 ? "test/security/as-root.test.ts" : "test/security/as-user.test.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, otherIdentity],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Sandboxes are real processes; two cores are all CI has.
    fileParallelism: true,
    maxWorkers: 2,
    globalSetup: ["test/global-setup.ts"],
  },
});
