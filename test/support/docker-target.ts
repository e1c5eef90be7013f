// The full path on the docker backend: a container from the test image, the bundled server inside,
// mTLS over the unix-socket channel in the bound run directory, the real MCP SDK client.
import { chmodSync, chownSync, lchownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { LABEL_SANDBOX_ID } from "../../src/backends/docker/backend.js";
import { connectDocker } from "../../src/backends/docker/client.js";
import { createDockerBackend } from "../../src/backends/docker/index.js";
import { SANDBOX_GID, SANDBOX_UID } from "../../src/backends/layout.js";
import type { Config } from "../../src/config/index.js";
import { type SandboxSession, type SessionOptions, startSession } from "../../src/host/session.js";
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

export interface LabelledContainer {
  /** the sandbox id label (the container id when the label is missing) */
  sandboxId: string;
  labels: Record<string, string>;
}

/** Containers on the test engine, in any state, that carry every one of `labels`. */
export async function labelledContainers(labels: Record<string, string>): Promise<LabelledContainer[]> {
  const docker = await connectDocker({ env: { ...process.env, DOCKER_HOST: testDockerHost() } });
  try {
    const found = await docker.request<{ Id: string; Labels: Record<string, string> }[]>(
      "GET",
      "/containers/json",
      {
        query: {
          all: true,
          filters: JSON.stringify({ label: Object.entries(labels).map(([key, value]) => `${key}=${value}`) }),
        },
      },
    );
    return found.map((container) => ({
      sandboxId: container.Labels[LABEL_SANDBOX_ID] ?? container.Id,
      labels: container.Labels,
    }));
  } finally {
    await docker.close();
  }
}

function chownTree(dir: string, uid: number, gid: number): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    lchownSync(path, uid, gid);
    if (entry.isDirectory()) chownTree(path, uid, gid);
  }
}

export async function startDockerTarget(
  overrides: Partial<
    Pick<
      Config,
      | "network"
      | "env"
      | "workspaceMode"
      | "timeoutMs"
      | "image"
      | "readOnlyRoot"
      | "allowedDomains"
      | "ttlMs"
      | "protectedPaths"
      | "limits"
    > & {
      /** fills the fresh workspace before the sandbox starts (files at protected paths, symlinks) */
      prepareWorkspace?: (workspace: string) => void;
      /** as root: the workspace (0755) and what prepareWorkspace puts there stay root's (a container job's checkout) */
      rootOwnedWorkspace?: boolean;
      /** makes the workspace directory instead of a fresh one */
      workspaceDir?: () => string;
    }
  > = {},
  /** startSession options (e.g. egressResolveOverride, onEgress) */
  sessionOptions: Omit<SessionOptions, "serverBundle"> = {},
): Promise<DockerTarget> {
  testDockerHost();
  const { prepareWorkspace, rootOwnedWorkspace, workspaceDir, ...config } = overrides;
  const workspace = workspaceDir
    ? workspaceDir()
    : rootOwnedWorkspace
      ? mkdtempSync(join(tmpdir(), "sbx-ws-"))
      : dockerWorkspace();
  if (rootOwnedWorkspace) chmodSync(workspace, 0o755);
  if (prepareWorkspace) {
    prepareWorkspace(workspace);
    // as the fresh workspace itself: the sandbox user's, as a checkout would be
    if (process.getuid?.() === 0 && !rootOwnedWorkspace) chownTree(workspace, SANDBOX_UID, SANDBOX_GID);
  }
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
      ...config,
    },
    { ...sessionOptions, serverBundle: join(inject("distDir"), "sandbox-server.js") },
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
