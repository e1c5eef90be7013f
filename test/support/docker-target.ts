// The full path on the docker backend: a container from the test image, the bundled server inside,
// mTLS over the unix-socket channel in the bound run directory, the real MCP SDK client.
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { createDockerBackend } from "../../src/backends/docker/index.js";
import { SANDBOX_GID, SANDBOX_UID } from "../../src/backends/layout.js";
import type { Config } from "../../src/config/index.js";
import { type SandboxSession, startSession } from "../../src/host/session.js";
import { TEST_IMAGES, testDockerHost } from "./engines.js";
import type { Target } from "./target.js";

export interface DockerTarget extends Target {
  session: SandboxSession;
}

/**
 * A fresh workspace the sandbox user can write: as root (this machine, and CI here) the container
 * runs as uid 1000, as it would for a root-owned workspace in production.
 */
export function dockerWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), "sbx-ws-"));
  if (process.getuid?.() === 0) chownSync(workspace, SANDBOX_UID, SANDBOX_GID);
  return workspace;
}

export async function startDockerTarget(
  overrides: Partial<
    Pick<Config, "network" | "env" | "workspaceMode" | "timeoutMs" | "image" | "readOnlyRoot">
  > = {},
): Promise<DockerTarget> {
  testDockerHost();
  const workspace = dockerWorkspace();
  const session = await startSession(
    createDockerBackend({ log: () => {} }),
    {
      workspace,
      workspaceMode: "rw",
      network: "none",
      env: {},
      timeoutMs: 60_000,
      readyTimeoutMs: 20_000,
      image: TEST_IMAGES.node,
      ...overrides,
    },
    { serverBundle: join(inject("distDir"), "sandbox-server.js") },
  );
  return {
    name: "docker",
    client: session.client,
    workspace,
    session,
    async close() {
      await session.close();
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}
