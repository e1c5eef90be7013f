// Brings up one sandbox and an MCP connection to the server inside it: the host's whole start-up
// sequence, with a deadline, and teardown that leaves nothing behind when any step fails.
import { randomBytes } from "node:crypto";
import { createSecureContext } from "node:tls";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Backend, Sandbox, SandboxSpec } from "../backends/types.js";
import { LABEL_MANAGED, LABEL_RUN_ID, SandboxError } from "../backends/types.js";
import type { Config } from "../config/index.js";
import { CLIENT_CA_ENV, generateIdentity, readServerCa } from "../mtls/index.js";
import { protectedPathList } from "../policy/protected-paths.js";
import type { McpConnection } from "./connect.js";
import { serverBundlePath } from "./server-bundle.js";

export interface SessionTimings {
  /** backend.create() returned */
  createdMs: number;
  /** the server printed its CA (it is listening) */
  serverReadyMs: number;
  /** TLS handshake and MCP initialize done */
  initializedMs: number;
  /** initialize done, measured from the start of this process (what a user waits for) */
  readySinceProcessStartMs: number;
}

export interface SandboxSession {
  sandbox: Sandbox;
  client: Client;
  runId: string;
  timings: SessionTimings;
  /** last lines of the server's stderr, for error reports */
  serverLog(): string;
  close(): Promise<void>;
}

export type SessionConfig = Pick<
  Config,
  "workspace" | "workspaceMode" | "network" | "env" | "timeoutMs" | "readyTimeoutMs"
> &
  Partial<Pick<Config, "image" | "readOnlyRoot" | "limits" | "maxOutputBytes" | "protectedPaths">>;

const LOG_LINES = 50;

export function newRunId(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
}

export async function startSession(
  backend: Backend,
  config: SessionConfig,
  options: { runId?: string; serverBundle?: string } = {},
): Promise<SandboxSession> {
  const started = performance.now();
  const runId = options.runId ?? newRunId();
  const identity = generateIdentity("client");
  const spec: SandboxSpec = {
    runId,
    labels: { [LABEL_MANAGED]: "true", [LABEL_RUN_ID]: runId },
    workspace: config.workspace,
    workspaceMode: config.workspaceMode,
    network: config.network,
    env: config.env,
    limits: config.limits ?? {},
    protectedPaths: protectedPathList(config.protectedPaths),
    image: config.image,
    readOnlyRoot: config.readOnlyRoot,
    entrypoint: {
      script: options.serverBundle ?? serverBundlePath(),
      args: (listen) => ["--listen", listen],
      env: {
        [CLIENT_CA_ENV]: identity.caCertPem,
        SANDBOX_WORKSPACE: "/workspace",
        SANDBOX_DEFAULT_TIMEOUT_MS: String(config.timeoutMs),
        ...(config.maxOutputBytes ? { SANDBOX_MAX_OUTPUT_BYTES: String(config.maxOutputBytes) } : {}),
      },
    },
  };

  const sandbox = await backend.create(spec);
  const createdMs = performance.now() - started;
  // The MCP client code is the heaviest part of the host; load it while the sandbox boots.
  const connectModule = import("./connect.js");
  connectModule.catch(() => {}); // surfaced where it is awaited
  // OpenSSL's first secure context costs ~20 ms; pay it now, not after the server is ready.
  createSecureContext({ key: identity.keyPem, cert: identity.certPem });
  const log: string[] = [];
  const remember = (line: string) => {
    log.push(line);
    if (log.length > LOG_LINES) log.shift();
  };
  let pendingErr = "";
  sandbox.stderr.on("data", (chunk: Buffer) => {
    const lines = (pendingErr + chunk.toString()).split("\n");
    pendingErr = lines.pop() ?? "";
    for (const line of lines) remember(line);
  });
  const serverLog = () => [...log, pendingErr].filter(Boolean).join("\n");

  let connection: McpConnection | undefined;
  try {
    const serverCaPem = await readServerCa(sandbox.stdout, {
      timeoutMs: config.readyTimeoutMs,
      onOtherLine: remember,
      abort: sandbox.exited,
    });
    const serverReadyMs = performance.now() - started;
    // Keep draining stdout so a chatty server never blocks on a full pipe.
    sandbox.stdout.on("data", (chunk: Buffer) => remember(chunk.toString().trimEnd()));
    const { connectMcp } = await connectModule;
    connection = await connectMcp({ openChannel: () => sandbox.openChannel(), identity, serverCaPem });
    const readySinceProcessStartMs = performance.now();
    const initializedMs = readySinceProcessStartMs - started;
    const conn = connection;
    let closing: Promise<void> | undefined;
    return {
      sandbox,
      client: conn.client,
      runId,
      timings: { createdMs, serverReadyMs, initializedMs, readySinceProcessStartMs },
      serverLog,
      close: () => {
        closing ??= (async () => {
          await conn.close();
          await sandbox.destroy();
        })();
        return closing;
      },
    };
  } catch (error) {
    await connection?.close().catch(() => {});
    await new Promise((resolve) => setImmediate(resolve)); // let the last stderr chunk arrive
    await sandbox.destroy().catch(() => {});
    if (error instanceof SandboxError) throw error;
    const detail = serverLog();
    throw new SandboxError(
      `the sandbox's server did not become ready: ${(error as Error).message}${detail ? `\nserver output:\n${detail}` : ""}`,
      undefined,
      { cause: error },
    );
  }
}
