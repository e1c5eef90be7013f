import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LocalSandbox } from "../../src/backends/local/index.js";
import { SandboxError } from "../../src/backends/types.js";
import { describeAsRoot } from "../support/as-root.js";
import { engineAvailable } from "../support/engines.js";
import { startLocalTarget } from "../support/local-target.js";
import {
  defineHostRootSuite,
  defineRootOwnedWorkspaceSuite,
  type HostRootOptions,
} from "./host-root.suite.js";

const local: HostRootOptions = {
  start: (options) => startLocalTarget(options),
  rootPids: async (target) => {
    const sandbox = target.session.sandbox as LocalSandbox;
    return [sandbox.bwrapPid, sandbox.commandsBwrapPid];
  },
};

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineHostRootSuite("local", local);
  defineRootOwnedWorkspaceSuite("local", local);

  // ramfs has no idmapped mounts: a root-owned checkout there cannot be given to the sandbox's
  // unprivileged uid, and the start must say so (not run as root, not fail on every call).
  describeAsRoot("a root-owned workspace where idmapped mounts are impossible", () => {
    it("fails at start, naming the cause and the fix", async () => {
      const mountPoint = mkdtempSync(join(tmpdir(), "sbx-ramfs-"));
      execFileSync("mount", ["-t", "ramfs", "ramfs", mountPoint]);
      try {
        const error = await startLocalTarget({
          prepareWorkspace: () => {},
          workspaceDir: () => {
            const workspace = join(mountPoint, "checkout");
            mkdirSync(workspace, { mode: 0o755 });
            return workspace;
          },
        }).then(
          async (target) => {
            await target.close();
            return undefined;
          },
          (reason: unknown) => reason,
        );
        expect(error).toBeInstanceOf(SandboxError);
        const { message, hint } = error as SandboxError;
        expect(message).toMatch(/owned by uid 0/);
        expect(message).toMatch(/idmap/);
        expect(message).toMatch(/never runs as host root/);
        expect(hint).toMatch(/chown -R/);
      } finally {
        execFileSync("umount", [mountPoint]);
        rmSync(mountPoint, { recursive: true, force: true });
      }
    });
  });
});
