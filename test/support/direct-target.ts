// The sandbox server run as a plain child process, no sandbox: the tools' behaviour on its own,
// reached the way the host reaches it (mTLS over a unix socket, the real MCP client).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { inject } from "vitest";
import { SERVER_NODE_FLAGS } from "../../src/backends/layout.js";
import { connectMcp } from "../../src/host/connect.js";
import { CLIENT_CA_ENV, generateIdentity, type Identity, readServerCa } from "../../src/mtls/index.js";
import type { Target } from "./target.js";

export interface DirectTarget extends Target {
  server: ChildProcess;
  socketPath: string;
  /** what the server wrote to stderr so far */
  stderr(): string;
}

export interface DirectServer {
  server: ChildProcess;
  socketPath: string;
  workspace: string;
  identity: Identity;
  serverCaPem: string;
  openChannel: () => Promise<net.Socket>;
  stderr(): string;
  stop(): Promise<void>;
}

/** Spawns dist/sandbox-server.js on a unix socket and waits for its CA. */
export async function spawnDirectServer(
  options: { env?: Record<string, string> } = {},
): Promise<DirectServer> {
  const root = mkdtempSync(join(tmpdir(), "sbx-direct-"));
  const workspace = mkdtempSync(join(tmpdir(), "sbx-ws-"));
  const socketPath = join(root, "s.sock");
  const identity = generateIdentity("client");
  const script = join(inject("distDir"), "sandbox-server.js");
  const env = { ...process.env, ...options.env, SANDBOX_WORKSPACE: workspace };
  // as every backend starts them (ADR 0014): the server, and the runner linked to it by a
  // one-shot unix socket
  const link = `unix:${join(root, "link.sock")}`;
  const server = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, script, "--listen", `unix:${socketPath}`, "--link", link],
    { env: { ...env, [CLIENT_CA_ENV]: identity.caCertPem }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const runner = spawn(process.execPath, [...SERVER_NODE_FLAGS, script, "--runner", "--link", link], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  for (const child of [server, runner]) {
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
  }
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const cleanup = () => {
    server.kill("SIGKILL");
    runner.kill("SIGKILL");
    rmSync(root, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  };
  try {
    const serverCaPem = await readServerCa(server.stdout as Readable, {
      timeoutMs: 10_000,
      abort: exited,
    });
    return {
      server,
      socketPath,
      workspace,
      identity,
      serverCaPem,
      openChannel: () =>
        new Promise((resolve, reject) => {
          const socket = net.connect(socketPath);
          socket.once("connect", () => resolve(socket));
          socket.once("error", reject);
        }),
      stderr: () => stderr,
      async stop() {
        server.kill("SIGTERM");
        await Promise.race([
          Promise.all([exited, new Promise((resolve) => runner.once("exit", resolve))]),
          new Promise((resolve) => setTimeout(resolve, 3000)),
        ]);
        cleanup();
      },
    };
  } catch (error) {
    cleanup();
    throw new Error(`the sandbox server did not start: ${(error as Error).message}\n${stderr}`, {
      cause: error,
    });
  }
}

export async function startDirectTarget(
  options: { env?: Record<string, string> } = {},
): Promise<DirectTarget> {
  const direct = await spawnDirectServer(options);
  try {
    const connection = await connectMcp(direct);
    return {
      name: "direct",
      client: connection.client,
      workspace: direct.workspace,
      server: direct.server,
      socketPath: direct.socketPath,
      stderr: direct.stderr,
      async close() {
        await connection.close();
        await direct.stop();
      },
    };
  } catch (error) {
    await direct.stop();
    throw error;
  }
}
