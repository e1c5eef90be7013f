// What the backend behavioural suite (test/suites/backend.suite.ts) needs from a backend under
// test: a tiny entry script (not the MCP server: it listens on the address it is given, announces
// that on stdout and echoes bytes back; it runs on the node the backend provides inside), a
// temporary workspace and run-directory base, the backend, and cleanup that leaves nothing behind.

import { randomBytes } from "node:crypto";
import { chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { connectDocker, DockerApiError, type DockerClient } from "../../src/backends/docker/client.js";
import type { DockerSandbox } from "../../src/backends/docker/index.js";
import { createDockerBackend, type DockerBackendOptions } from "../../src/backends/docker/index.js";
import { SANDBOX_GID, SANDBOX_UID } from "../../src/backends/layout.js";
import {
  createLocalBackend,
  type LocalBackendOptions,
  type LocalSandbox,
} from "../../src/backends/local/index.js";
import type { Backend, BackendName, Sandbox, SandboxSpec } from "../../src/backends/types.js";
import { TEST_IMAGES, testDockerHost } from "../support/engines.js";

/** The entry script's second role (ADR 0014): here it only stays until the sandbox ends. */
export const RUNNER_ARGS = (link: string): string[] => ["--runner", "--link", link];

export const ECHO_SERVER = `
import net from "node:net";
if (process.argv.includes("--runner")) {
  setInterval(() => {}, 1 << 30);
  process.on("SIGTERM", () => process.exit(0));
} else {
const address = process.argv[process.argv.indexOf("--listen") + 1];
const server = net.createServer((socket) => socket.pipe(socket));
server.listen(address.slice("unix:".length), () => console.log("listening " + address));
process.on("SIGTERM", () => { console.log("terminating"); process.exit(0); });
}
`;

/** A label key every sandbox of a fixture carries (with a value unique to the fixture). */
export const FIXTURE_LABEL = "sandbox-action.test-fixture";

export interface Fixture {
  backendName: BackendName;
  dir: string;
  script: string;
  /** host directory bound at /workspace, writable by the sandbox's user */
  workspace: string;
  runDirBase: string;
  backend: Backend;
  /** carried by every sandbox this fixture creates (merged under the spec's own labels) */
  label: Record<string, string>;
  sandboxes: Sandbox[];
  spec(overrides?: Partial<SandboxSpec>): SandboxSpec;
  create(overrides?: Partial<SandboxSpec>): Promise<Sandbox>;
  /** true once nothing of this sandbox is left running on the host or the engine */
  gone(sandbox: Sandbox): Promise<boolean>;
  /** destroys what it created, reaps by its label, removes its directories */
  cleanup(): Promise<void>;
}

interface FixtureParts {
  name: BackendName;
  backend: (runDirBase: string) => Backend;
  /** makes the workspace writable by the sandbox user */
  prepareWorkspace?: (dir: string) => void;
  image?: string;
  gone(sandbox: Sandbox): Promise<boolean>;
  /** extra teardown after the sandboxes are gone */
  close?: () => Promise<void>;
}

function makeBackendFixture(parts: FixtureParts): Fixture {
  const dir = mkdtempSync(join(tmpdir(), "sbx-test-"));
  const script = join(dir, "echo-server.mjs");
  writeFileSync(script, ECHO_SERVER);
  const workspace = mkdtempSync(join(dir, "ws-"));
  parts.prepareWorkspace?.(workspace);
  const runDirBase = mkdtempSync(join(dir, "r-"));
  const backend = parts.backend(runDirBase);
  const label = { [FIXTURE_LABEL]: `${parts.name}-${process.pid}-${randomBytes(4).toString("hex")}` };
  const sandboxes: Sandbox[] = [];
  const spec = (overrides: Partial<SandboxSpec> = {}): SandboxSpec => ({
    runId: `test-${Math.random().toString(36).slice(2, 10)}`,
    workspace,
    workspaceMode: "rw",
    network: "none",
    env: {},
    limits: {},
    entrypoint: {
      script,
      args: (listen) => ["--listen", listen],
      runnerArgs: RUNNER_ARGS,
      runnerEnv: {},
      env: {},
    },
    ...(parts.image ? { image: parts.image } : {}),
    ...overrides,
    labels: { ...label, ...overrides.labels },
  });
  return {
    backendName: parts.name,
    dir,
    script,
    workspace,
    runDirBase,
    backend,
    label,
    sandboxes,
    spec,
    async create(overrides) {
      const sandbox = await backend.create(spec(overrides));
      sandboxes.push(sandbox);
      return sandbox;
    },
    gone: parts.gone,
    async cleanup() {
      try {
        await Promise.all(sandboxes.map((sandbox) => sandbox.destroy(500).catch(() => {})));
        // anything created outside create() (or lost by a failing test) under this fixture's label
        await backend.reap(label);
      } finally {
        await parts.close?.();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export function makeLocalFixture(options: LocalBackendOptions = {}): Fixture {
  return makeBackendFixture({
    name: "local",
    backend: (runDirBase) => createLocalBackend({ runDirBase, ...options }),
    async gone(sandbox) {
      const local = sandbox as LocalSandbox;
      // bwrap's exit can be reported a moment before its pid 1 is gone from /proc
      return waitFor(() => !isAlive(local.bwrapPid) && !isAlive(local.initPid));
    },
  });
}

/**
 * A docker fixture on the test engine (see test/support/engines.ts) with the node test image. As
 * root the container runs as uid 1000, so the workspace is handed to that user, as
 * test/support/docker-target.ts does.
 */
export function makeDockerFixture(options: Partial<DockerBackendOptions> = {}): Fixture {
  testDockerHost();
  let client: Promise<DockerClient> | undefined;
  const engine = () => {
    client ??= connectDocker({ env: process.env });
    return client;
  };
  return makeBackendFixture({
    name: "docker",
    image: TEST_IMAGES.node,
    backend: (runDirBase) => createDockerBackend({ runDirBase, log: () => {}, ...options }),
    prepareWorkspace(dir) {
      if (process.getuid?.() === 0) chownSync(dir, SANDBOX_UID, SANDBOX_GID);
    },
    /** both of its containers (ADR 0014) are gone */
    async gone(sandbox) {
      const docker = await engine();
      const { containerId, commandsContainerId } = sandbox as DockerSandbox;
      for (const id of [containerId, commandsContainerId]) {
        try {
          await docker.request("GET", `/containers/${id}/json`);
          return false;
        } catch (error) {
          if (!(error instanceof DockerApiError && error.status === 404)) throw error;
        }
      }
      return true;
    },
    async close() {
      if (client) await (await client).close();
    },
  });
}

/** The first line the stream prints. */
export function firstLine(stream: Readable, timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(
      () => reject(new Error(`no line within ${timeoutMs} ms (got ${JSON.stringify(text)})`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const newline = text.indexOf("\n");
      if (newline >= 0) {
        clearTimeout(timer);
        stream.removeListener("data", onData);
        resolve(text.slice(0, newline));
      }
    };
    stream.on("data", onData);
  });
}

/** true while `pid` runs; a zombie waiting for a slow init to reap it does not count */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return condition();
}

/** The lines of a stream, one `next()` at a time (a line that came early waits for its turn). */
export function lineReader(stream: Readable, timeoutMs = 15_000): { next(): Promise<string> } {
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let text = "";
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString();
    for (let newline = text.indexOf("\n"); newline >= 0; newline = text.indexOf("\n")) {
      const line = text.slice(0, newline);
      text = text.slice(newline + 1);
      const reader = waiting.shift();
      if (reader) reader(line);
      else lines.push(line);
    }
  });
  return {
    next: () =>
      lines.length > 0
        ? Promise.resolve(lines.shift() as string)
        : new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no line within ${timeoutMs} ms`)), timeoutMs);
            waiting.push((line) => {
              clearTimeout(timer);
              resolve(line);
            });
          }),
  };
}
