// Shared pieces for the local backend's integration tests: a tiny entry script (not the MCP
// server: it listens on the address it is given, announces that on stdout and echoes bytes back),
// temporary workspaces and run directories, and cleanup.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { createLocalBackend, type LocalBackendOptions } from "../../src/backends/local/index.js";
import type { Backend, Sandbox, SandboxSpec } from "../../src/backends/types.js";

export const ECHO_SERVER = `
import net from "node:net";
const address = process.argv[process.argv.indexOf("--listen") + 1];
const server = net.createServer((socket) => socket.pipe(socket));
server.listen(address.slice("unix:".length), () => console.log("listening " + address));
process.on("SIGTERM", () => { console.log("terminating"); process.exit(0); });
`;

export interface Fixture {
  dir: string;
  script: string;
  workspace: string;
  runDirBase: string;
  backend: Backend;
  sandboxes: Sandbox[];
  spec(overrides?: Partial<SandboxSpec>): SandboxSpec;
  create(overrides?: Partial<SandboxSpec>): Promise<Sandbox>;
  cleanup(): Promise<void>;
}

export function makeFixture(options: LocalBackendOptions = {}): Fixture {
  const dir = mkdtempSync(join(tmpdir(), "sbx-test-"));
  const script = join(dir, "echo-server.mjs");
  writeFileSync(script, ECHO_SERVER);
  const workspace = mkdtempSync(join(dir, "ws-"));
  const runDirBase = mkdtempSync(join(dir, "r-"));
  const backend = createLocalBackend({ runDirBase, ...options });
  const sandboxes: Sandbox[] = [];
  const spec = (overrides: Partial<SandboxSpec> = {}): SandboxSpec => ({
    runId: `test-${Math.random().toString(36).slice(2, 10)}`,
    labels: {},
    workspace,
    workspaceMode: "rw",
    network: "none",
    env: {},
    limits: {},
    entrypoint: { script, args: (listen) => ["--listen", listen], env: {} },
    ...overrides,
  });
  return {
    dir,
    script,
    workspace,
    runDirBase,
    backend,
    sandboxes,
    spec,
    async create(overrides) {
      const sandbox = await backend.create(spec(overrides));
      sandboxes.push(sandbox);
      return sandbox;
    },
    async cleanup() {
      await Promise.all(sandboxes.map((sandbox) => sandbox.destroy(500)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
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

/** host processes whose command line mentions `needle` */
export function processesMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, "utf8").includes(needle)) pids.push(Number(name));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
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
