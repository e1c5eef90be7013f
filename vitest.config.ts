import { configDefaults, defineConfig } from "vitest/config";
import { WHOLLY_ROOT_ONLY } from "./test/support/root-only-files.js";

// Each identity runs what covers the other (test/support/as-root.ts): root runs the local security
// suites as an ordinary user (as-user.test.ts), an ordinary user runs the root-only tests through
// sudo (as-root.test.ts) and leaves out the files that hold nothing else.
const otherIdentity = process.getuid?.() === 0 ? ["test/security/as-root.test.ts"] : WHOLLY_ROOT_ONLY;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, ...otherIdentity],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Sandboxes are real processes; two cores are all CI has.
    fileParallelism: true,
    maxWorkers: 2,
    globalSetup: ["test/global-setup.ts"],
  },
});
