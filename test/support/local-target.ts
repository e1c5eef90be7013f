// The full path on the local backend: bubblewrap sandbox, the bundled server inside, mTLS over
// the unix-socket channel, the real MCP SDK client.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { createLocalBackend } from "../../src/backends/local/index.js";
import type { Config } from "../../src/config/index.js";
import { type SandboxSession, type SessionOptions, startSession } from "../../src/host/session.js";
import type { Target } from "./target.js";

export interface LocalTarget extends Target {
  session: SandboxSession;
}

export async function startLocalTarget(
  overrides: Partial<
    Pick<
      Config,
      | "network"
      | "env"
      | "workspaceMode"
      | "timeoutMs"
      | "allowedDomains"
      | "ttlMs"
      | "protectedPaths"
      | "limits"
    > & {
      /** fills the fresh workspace before the sandbox starts (files at protected paths, symlinks) */
      prepareWorkspace?: (workspace: string) => void;
      /** makes the workspace directory instead of a fresh one in the temp dir */
      workspaceDir?: () => string;
    }
  > = {},
  /** startSession options (e.g. egressResolveOverride, onEgress) */
  sessionOptions: Omit<SessionOptions, "serverBundle"> = {},
): Promise<LocalTarget> {
  const { prepareWorkspace, workspaceDir, ...config } = overrides;
  const workspace = workspaceDir ? workspaceDir() : mkdtempSync(join(tmpdir(), "sbx-ws-"));
  prepareWorkspace?.(workspace);
  const session = await startSession(
    createLocalBackend(),
    {
      workspace,
      workspaceMode: "rw",
      network: "none",
      env: {},
      timeoutMs: 60_000,
      readyTimeoutMs: 20_000,
      ...config,
    },
    { ...sessionOptions, serverBundle: join(inject("distDir"), "sandbox-server.js") },
  );
  return {
    name: "local",
    client: session.client,
    workspace,
    session,
    async close() {
      await session.close();
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}
