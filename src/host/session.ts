// Brings up one sandbox and an MCP connection to the server inside it: the host's whole start-up
// sequence, with a deadline, and teardown that leaves nothing behind when any step fails.
import { chmodSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import {
  EGRESS_DIR_INSIDE,
  EGRESS_PROXY_ADDRESS,
  EGRESS_SOCKET_NAME,
  RUNNER_FLAG,
} from "../backends/layout.js";
import { ownerLabels } from "../backends/owner.js";
import { randomHex } from "../backends/random.js";
import { checkSocketPath, ensureRunDirBase, removeRunDir, runDirBase } from "../backends/run-dir.js";
import type { Backend, Sandbox, SandboxSpec } from "../backends/types.js";
import { LABEL_MANAGED, LABEL_RUN_ID, SandboxError } from "../backends/types.js";
import type { Config } from "../config/index.js";
import { formatDuration } from "../config/units.js";
import type { EgressDecision } from "../egress/decision.js";
import type { ResolveOverride } from "../egress/policy.js";
import { CLIENT_CA_ENV, CLIENT_CA_STDIN_FLAG, readServerCa } from "../mtls/exchange.js";
import type { Identity } from "../mtls/identity.js";
import { persistedCredentials } from "../policy/checkout-credentials.js";
import { protectedPathList } from "../policy/protected-paths.js";
import { lookUpCodeCache, startCodeCacheWarmUp } from "./code-cache.js";
import { serverBundle } from "./server-bundle.js";
import type { ChannelOptions } from "./tls-channel.js";

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

export interface SandboxSession<C = Client> {
  sandbox: Sandbox;
  client: C;
  runId: string;
  timings: SessionTimings;
  /** last lines of the server's stderr, for error reports */
  serverLog(): string;
  /**
   * Settles, with the reason, when the sandbox reached its TTL (config.ttlMs) and this session
   * destroyed it; pending otherwise. Calls after that fail as on a closed session.
   */
  /** settles with the reason when the TTL fires, as its teardown starts (close() awaits that) */
  expired: Promise<string>;
  close(): Promise<void>;
}

export type SessionConfig = Pick<
  Config,
  "workspace" | "workspaceMode" | "network" | "env" | "timeoutMs" | "readyTimeoutMs"
> &
  Partial<
    Pick<
      Config,
      | "image"
      | "readOnlyRoot"
      | "limits"
      | "maxOutputBytes"
      | "protectedPaths"
      | "gitWritable"
      | "allowedDomains"
      | "ttlMs"
    >
  >;

/** An MCP client connected and initialized over the session's TLS channels. */
export interface ClientConnection<C> {
  client: C;
  close(): Promise<void>;
}

/** Loads a client's code (while the sandbox boots) and gives its connect function. */
export type ClientLoader<C> = () => Promise<(options: ChannelOptions) => Promise<ClientConnection<C>>>;

const loadSdkClient: ClientLoader<Client> = () => import("./connect.js").then((module) => module.connectMcp);

export interface SessionOptions<C = Client> {
  runId?: string;
  /** the MCP client: the SDK's (default), or `run`'s lean one (lean-client.ts) */
  client?: ClientLoader<C>;
  serverBundle?: string;
  /**
   * With network allowlist: every decision of the egress proxy, allowed or denied (the CLI and the
   * daemon write them to the audit log).
   */
  onEgress?: (decision: EgressDecision) => void;
  /**
   * true when the run has other sandboxes (the daemon's respawns and ephemeral sessions): the run's
   * owner then ends it (endRun) once all of them are gone. Otherwise this session is the whole run,
   * and its close (or failed start) ends the run: the mount points of its protected paths go.
   */
  sharedRun?: boolean;
  /** diagnostics of the session itself (the TTL); default: stderr */
  log?: (line: string) => void;
  /**
   * TEST ONLY: resolve these host names without DNS in the egress proxy. Only code can pass it;
   * no config field, CLI flag, action input or environment variable reaches it.
   */
  egressResolveOverride?: ResolveOverride;
}

/**
 * The environment every process in an allowlist sandbox gets: the usual proxy variables point at
 * the forwarder on the sandbox's loopback. NODE_USE_ENV_PROXY makes Node's own http/https and
 * fetch (Node >= 24.5) honour them. ALL_PROXY is not set: programs read it as SOCKS, which the
 * proxy does not speak. Loopback stays direct (NO_PROXY), for servers inside the sandbox.
 */
export function egressEnv(userEnv: Record<string, string>): Record<string, string> {
  const url = `http://${EGRESS_PROXY_ADDRESS}`;
  const noProxy = userEnv.NO_PROXY ?? userEnv.no_proxy ?? "localhost,127.0.0.1,::1";
  return {
    HTTP_PROXY: url,
    HTTPS_PROXY: url,
    http_proxy: url,
    https_proxy: url,
    NO_PROXY: noProxy,
    no_proxy: noProxy,
    NODE_USE_ENV_PROXY: "1",
  };
}

/**
 * A host directory for the egress socket: inside a private (0700) per-user base, so no other
 * user of the host can reach the socket, while the directory itself (0711) and the socket (0666)
 * let the sandbox's user connect whatever uid it runs as (containers run as uid 1000).
 */
function makeEgressDir(): string {
  const base = runDirBase(process.env, "sandbox-action-egress");
  ensureRunDirBase(base);
  const dir = mkdtempSync(join(base, "e-"));
  chmodSync(dir, 0o711);
  const socket = join(dir, EGRESS_SOCKET_NAME);
  try {
    checkSocketPath(socket, "egress socket");
  } catch (error) {
    removeRunDir(dir);
    throw error;
  }
  return dir;
}

/** Node's timers overflow (and fire at once) past this. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

const LOG_LINES = 50;

export function newRunId(): string {
  return `${Date.now().toString(36)}-${randomHex(4)}`;
}

/**
 * Ends a run whose sandboxes are all destroyed: reaps by its run label, which also releases the
 * run's host state that outlives single sandboxes (the protected paths' mount points, see
 * src/backends/run-mounts.ts). Best effort: post and `gc` reap by the same label.
 */
export async function endRun(backend: Backend, runId: string): Promise<void> {
  await backend.reap({ [LABEL_MANAGED]: "true", [LABEL_RUN_ID]: runId }).catch(() => {});
}

export async function startSession<C = Client>(
  backend: Backend,
  config: SessionConfig,
  options: SessionOptions<C> = {},
): Promise<SandboxSession<C>> {
  const started = performance.now();
  const credentials = persistedCredentials(config.workspace);
  if (credentials) {
    throw new SandboxError(
      `${credentials} holds a credential (an Authorization extraheader or a password in a remote's URL), which every process in the sandbox could read`,
      "check out with `persist-credentials: false` (actions/checkout), or remove it: git config --unset-all http.https://github.com/.extraheader; pass a token the agent needs explicitly with `env` instead",
    );
  }
  const runId = options.runId ?? newRunId();
  const log = options.log ?? ((line: string) => process.stderr.write(`sandbox-action: ${line}\n`));
  // The client's identity. Where the backend takes the client CA on the server's stdin, it is made
  // once the sandbox is starting (loading node:crypto and making the keys, ~15 ms, then overlap
  // the server's boot); elsewhere the CA goes in by environment variable, so it comes first.
  const caOnStdin = backend.entrypointStdin === true;
  const makeIdentity = () => import("../mtls/identity.js").then((mtls) => mtls.generateIdentity("client"));
  const identityReady: Promise<Identity> = caOnStdin
    ? new Promise<void>((resolve) => setImmediate(resolve)).then(makeIdentity)
    : makeIdentity();
  identityReady.catch(() => {}); // surfaced where it is awaited
  const envIdentity = caOnStdin ? undefined : await identityReady;
  const bundle = options.serverBundle ? { path: options.serverBundle, shipped: false } : serverBundle();
  const script = bundle.path;
  const codeCache = bundle.shipped ? lookUpCodeCache(script) : {};
  // the same in both compartments: the server describes the tools, the runner carries them out
  const toolSettings: Record<string, string> = {
    SANDBOX_WORKSPACE: "/workspace",
    SANDBOX_DEFAULT_TIMEOUT_MS: String(config.timeoutMs),
    ...(config.maxOutputBytes ? { SANDBOX_MAX_OUTPUT_BYTES: String(config.maxOutputBytes) } : {}),
  };
  const spec: SandboxSpec = {
    runId,
    // the owner labels let `gc` tell, from the labels alone, when this run no longer exists
    labels: { [LABEL_MANAGED]: "true", [LABEL_RUN_ID]: runId, ...ownerLabels() },
    workspace: config.workspace,
    workspaceMode: config.workspaceMode,
    network: config.network,
    env: config.env,
    limits: config.limits ?? {},
    protectedPaths: protectedPathList(config.protectedPaths, {
      gitWritable: config.gitWritable,
      workspace: config.workspace,
    }),
    image: config.image,
    readOnlyRoot: config.readOnlyRoot,
    entrypoint: {
      script,
      codeCache: codeCache.ready,
      args: (listen, link) => [
        "--listen",
        listen,
        "--link",
        link,
        ...(caOnStdin ? [CLIENT_CA_STDIN_FLAG] : []),
      ],
      runnerArgs: (link) => [RUNNER_FLAG, "--link", link],
      ...(caOnStdin ? { stdin: identityReady.then((identity) => identity.caCertPem) } : {}),
      env: {
        ...(envIdentity ? { [CLIENT_CA_ENV]: envIdentity.caCertPem } : {}),
        ...toolSettings,
      },
      runnerEnv: toolSettings,
    },
  };

  let egress: Egress | undefined;
  if (config.network === "allowlist") {
    egress = await startEgress(config.allowedDomains ?? [], options);
    spec.egress = { hostDir: egress.dir };
    spec.env = { ...spec.env, ...egressEnv(spec.env) };
    // the forwarder runs in the runner, beside the commands it serves (ADR 0014)
    spec.entrypoint.runnerEnv = {
      ...spec.entrypoint.runnerEnv,
      SANDBOX_EGRESS_SOCKET: `${EGRESS_DIR_INSIDE}/${EGRESS_SOCKET_NAME}`,
      SANDBOX_EGRESS_LISTEN: EGRESS_PROXY_ADDRESS,
    };
  }

  // The MCP client's code is the heaviest part of the host: it loads while the sandbox starts, from
  // the next turn of the event loop. The local backend's create() runs synchronously up to its
  // spawn, so the loading neither delays the spawn nor, as it did when it began once create()
  // returned, competes for the CPU with the server's Node starting up (docs/adr/0004).
  const loadClient = options.client ?? (loadSdkClient as unknown as ClientLoader<C>);
  const connectModule = new Promise<void>((resolve) => setImmediate(resolve)).then(loadClient);
  connectModule.catch(() => {}); // surfaced where it is awaited
  const endOwnRun = () => (options.sharedRun ? Promise.resolve() : endRun(backend, runId));
  let sandbox: Sandbox;
  try {
    sandbox = await backend.create(spec);
  } catch (error) {
    await egress?.close();
    await endOwnRun();
    throw error;
  }
  const createdMs = performance.now() - started;
  const lines: string[] = [];
  const remember = (line: string) => {
    lines.push(line);
    if (lines.length > LOG_LINES) lines.shift();
  };
  let pendingErr = "";
  sandbox.stderr.on("data", (chunk: Buffer) => {
    const lines = (pendingErr + chunk.toString()).split("\n");
    pendingErr = lines.pop() ?? "";
    for (const line of lines) remember(line);
  });
  const serverLog = () => [...lines, pendingErr].filter(Boolean).join("\n");

  const serverCa = readServerCa(sandbox.stdout, {
    timeoutMs: config.readyTimeoutMs,
    onOtherLine: remember,
    abort: sandbox.exited,
  });
  // The client sets itself up and queues initialize while the server still boots; its first
  // channel opens the moment the CA arrives. Without the CA it fails with the same error.
  const connecting = connectModule.then(async (connect) =>
    connect({
      openChannel: () => sandbox.openChannel(),
      identity: await identityReady,
      serverCaPem: serverCa,
    }),
  );
  connecting.catch(() => {}); // surfaced where it is awaited
  let connection: ClientConnection<C> | undefined;
  try {
    await serverCa;
    const serverReadyMs = performance.now() - started;
    // Keep draining stdout so a chatty server never blocks on a full pipe.
    sandbox.stdout.on("data", (chunk: Buffer) => remember(chunk.toString().trimEnd()));
    connection = await connecting;
    const readySinceProcessStartMs = performance.now();
    const initializedMs = readySinceProcessStartMs - started;
    // made now, off the way to ready; later starts of this build on this machine use it
    if (codeCache.missing) startCodeCacheWarmUp(script, codeCache.missing);
    const conn = connection;
    let closing: Promise<void> | undefined;
    let ttlTimer: NodeJS.Timeout | undefined;
    const close = () => {
      closing ??= (async () => {
        clearTimeout(ttlTimer);
        try {
          await conn.close().catch(() => {});
          await sandbox.destroy();
        } finally {
          await egress?.close();
          await endOwnRun();
        }
      })();
      return closing;
    };
    const expired = new Promise<string>((resolve) => {
      if (!config.ttlMs || config.ttlMs <= 0) return;
      const ttl = config.ttlMs;
      const remaining = Math.max(0, ttl - (performance.now() - started));
      ttlTimer = setTimeout(
        () => {
          const reason = `the sandbox ${sandbox.id} reached its TTL (${formatDuration(ttl)}) and was destroyed`;
          log(reason);
          // told before the teardown, so callers report the TTL rather than a vanished sandbox
          resolve(reason);
          void close().catch((error: Error) =>
            log(`destroying the expired sandbox failed: ${error.message}`),
          );
        },
        Math.min(remaining, MAX_TIMER_MS),
      );
      // The TTL bounds the sandbox's life; it must not keep a finished process alive.
      ttlTimer.unref();
    });
    return {
      sandbox,
      client: conn.client,
      runId,
      timings: { createdMs, serverReadyMs, initializedMs, readySinceProcessStartMs },
      serverLog,
      expired,
      close,
    };
  } catch (error) {
    await connection?.close().catch(() => {});
    // a client still waiting for the CA fails on its own once the sandbox is gone
    void connecting.then(
      (pending) => pending.close(),
      () => {},
    );
    await new Promise((resolve) => setImmediate(resolve)); // let the last stderr chunk arrive
    await sandbox.destroy().catch(() => {});
    await egress?.close();
    await endOwnRun();
    if (error instanceof SandboxError) throw error;
    const detail = serverLog();
    throw new SandboxError(
      `the sandbox's server did not become ready: ${(error as Error).message}${detail ? `\nserver output:\n${detail}` : ""}`,
      undefined,
      { cause: error },
    );
  }
}

interface Egress {
  dir: string;
  close(): Promise<void>;
}

/** The host side of network allowlist: the egress proxy on a socket in a fresh private directory. */
async function startEgress(
  allowedDomains: string[],
  options: Pick<SessionOptions, "onEgress" | "egressResolveOverride">,
): Promise<Egress> {
  // Loaded only for allowlist runs: most runs never pay for it.
  const { AllowlistError, startEgressProxy } = await import("../egress/index.js");
  const dir = makeEgressDir();
  try {
    const proxy = await startEgressProxy({
      allowedDomains,
      listen: { path: join(dir, EGRESS_SOCKET_NAME) },
      socketMode: 0o666,
      onDecision: options.onEgress,
      resolveOverride: options.egressResolveOverride,
    });
    let closing: Promise<void> | undefined;
    return {
      dir,
      close() {
        closing ??= proxy.close().finally(() => removeRunDir(dir));
        return closing;
      },
    };
  } catch (error) {
    removeRunDir(dir);
    if (error instanceof AllowlistError) {
      throw new SandboxError(
        `allowed-domains: ${error.message}`,
        "entries are hosts (api.github.com), suffixes (*.github.com), IP addresses or CIDR ranges, each optionally with :PORT",
        { cause: error },
      );
    }
    throw new SandboxError(`cannot start the egress proxy: ${(error as Error).message}`, undefined, {
      cause: error,
    });
  }
}
