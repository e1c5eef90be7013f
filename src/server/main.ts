// Entry of dist/sandbox-server.js, the MCP server that runs inside the sandbox.
// stdout carries exactly one thing, the server CA block once the listener is up (the host waits
// for it); every diagnostic goes to stderr.
import { chmodSync, lstatSync, mkdtempSync, rmSync, unlinkSync } from "node:fs";
import type { Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatServerCa } from "../mtls/exchange.js";
import { generateIdentity } from "../mtls/identity.js";
import {
  DEFAULT_MAX_OUTPUT_BYTES,
  DEFAULT_TIMEOUT_MS,
  isRunnerArgv,
  type ListenAddress,
  readConfig,
  readRunnerConfig,
  USAGE,
  UsageError,
} from "./config.js";
import { EGRESS_LISTEN_ENV, EGRESS_SOCKET_ENV, startEgressForwarder } from "./egress-forwarder.js";
import { WARM_UP_FLAG } from "./flags.js";
import { createMcpHttpServer, loadMcp } from "./http.js";
import { acceptLink, afterLink, connectLink, RUNNER_CONNECT_MS, serveTools } from "./link.js";
import { killAllRunning } from "./process.js";
import { localTools } from "./tools/index.js";

const role = isRunnerArgv(process.argv.slice(2)) ? "sandbox-runner" : "sandbox-server";
const log = (message: string) => process.stderr.write(`${role}: ${message}\n`);

// When the host goes away, writes to our stdout/stderr fail with EPIPE. Diagnostics are
// best-effort: an unhandled write error would reach the uncaughtException handler, which logs,
// which fails again, and the server would spin on one core forever.
process.stdout.on("error", () => {});
process.stderr.on("error", () => {});

function fail(message: string, code: number): never {
  log(message);
  process.exit(code);
}

/** Removes a socket left by a previous server; anything else at that path is not ours to delete. */
function removeStaleSocket(path: string): void {
  let isSocket: boolean;
  try {
    isSocket = lstatSync(path).isSocket();
  } catch {
    return;
  }
  if (!isSocket) fail(`refusing to listen on ${path}: it exists and is not a socket`, 1);
  unlinkSync(path);
}

function listen(server: Server, address: ListenAddress): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    const onListening = () => {
      server.off("error", reject);
      resolve();
    };
    if (address.kind === "tcp") {
      server.listen(address.port, address.host, onListening);
      return;
    }
    removeStaleSocket(address.path);
    // The socket is created inside listen(); the umask makes it 0600 from the first moment, so no
    // other user in the sandbox can connect in between (the chmod below is for platforms that
    // ignore the umask for sockets).
    const previous = process.umask(0o177);
    try {
      server.listen(address.path, onListening);
    } finally {
      process.umask(previous);
    }
  });
}

function usageOr<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message}\n${USAGE}`, 2);
    throw error;
  }
}

function onFatalErrors(): void {
  // A bug in one request must not take the sandbox's only server down with it.
  process.on("uncaughtException", (error) => log(`uncaught exception: ${error.stack ?? error.message}`));
  process.on("unhandledRejection", (reason) =>
    log(`unhandled rejection: ${(reason as Error)?.stack ?? reason}`),
  );
}

/** The network allowlist's forwarder, where the commands run: reported when it fails, never fatal. */
async function startEgress(): Promise<void> {
  const egressSocket = process.env[EGRESS_SOCKET_ENV];
  const egressListen = process.env[EGRESS_LISTEN_ENV];
  if (!egressSocket || !egressListen) return;
  await startEgressForwarder({ socketPath: egressSocket, listen: egressListen, log }).catch((error: Error) =>
    log(`egress forwarder: cannot start on ${egressListen}: ${error.message}`),
  );
}

/**
 * The server, in its own compartment (ADR 0014): mTLS and MCP for the host; every tool call goes
 * over the link to the runner. It never runs a command, and nothing the commands can reach holds
 * its keys or its listener.
 */
async function serverMain(): Promise<void> {
  const config = usageOr(() => readConfig(process.argv.slice(2), process.env));
  // listening for the runner first: it is starting beside us and retries until we are there
  const link = acceptLink(config.link);
  const identity = generateIdentity("server");
  // The host may connect and list the tools while the runner still boots beside us (on two cores,
  // two Node starts); a call waits for it. A runner that never comes ends the sandbox.
  const runnerDeadline = setTimeout(
    () => fail(`the runner did not connect within ${RUNNER_CONNECT_MS} ms`, 1),
    RUNNER_CONNECT_MS,
  );
  runnerDeadline.unref();
  const runnerReady = link.ready.then(
    (socket) => {
      clearTimeout(runnerDeadline);
      return socket;
    },
    (error: Error) => fail(`cannot reach the runner: ${error.message}`, 1),
  );
  const tools = afterLink(runnerReady, (reason) => {
    // a sandbox without its runner is dead: end it, and the host's supervisor replaces it
    log(`the runner is gone (${reason}): stopping`);
    process.exit(1);
  });
  const app = createMcpHttpServer(config, identity, config.clientCaPem, log, tools);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    app.server.close();
    app.server.closeAllConnections();
    void app.closeSessions();
    void runnerReady.then((socket) => socket.destroy());
    if (config.listen.kind === "unix") {
      try {
        unlinkSync(config.listen.path);
      } catch {}
    }
    // Nothing left is worth waiting for: connections are dropped, the runner ends its commands.
    setImmediate(() => process.exit(0));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  onFatalErrors();

  try {
    await listen(app.server, config.listen);
  } catch (error) {
    fail(`cannot listen on ${process.argv.slice(2).join(" ")}: ${(error as Error).message}`, 1);
  }
  if (config.listen.kind === "unix") chmodSync(config.listen.path, 0o600);

  process.stdout.write(formatServerCa(identity.caCertPem));
  loadMcp().catch((error: Error) => log(`cannot load the MCP server: ${error.stack ?? error.message}`));
}

/**
 * The runner, in the commands' compartment: carries out the tool calls that come over the link,
 * and runs the egress forwarder. When the link ends (the server stopped), it ends every command.
 */
async function runnerMain(): Promise<void> {
  const config = usageOr(() => readRunnerConfig(process.argv.slice(2), process.env));
  const stop = (code: number) => {
    killAllRunning();
    process.exit(code);
  };
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));
  onFatalErrors();
  // the forwarder listens before any command runs, so the first one already finds its proxy
  await startEgress();
  const link = await connectLink(config.link).catch((error: Error) =>
    fail(`cannot reach the server: ${error.message}`, 1),
  );
  serveTools(link, localTools(config), () => stop(0));
}

/**
 * What a start and a first session run, with nothing listening and no peer: the host runs this
 * (loader.ts's --write-code-cache) and keeps what V8 compiled as the code cache of later starts.
 */
async function warmUp(): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), "sbx-warm-up-"));
  try {
    const settings = {
      workspace,
      defaultTimeoutMs: DEFAULT_TIMEOUT_MS,
      maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
    };
    const identity = generateIdentity("server");
    createMcpHttpServer(settings, identity, identity.caCertPem, log, localTools(settings));
    formatServerCa(identity.caCertPem);
    const mcp = await loadMcp();
    await mcp.warmUpSession(settings);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

if (process.argv.length === 3 && process.argv[2] === WARM_UP_FLAG) {
  warmUp().then(
    () => process.exit(0),
    (error: Error) => fail(`warm-up failed: ${error.stack ?? error.message}`, 1),
  );
} else {
  (role === "sandbox-runner" ? runnerMain() : serverMain()).catch((error: Error) =>
    fail(`fatal: ${error.stack ?? error.message}`, 1),
  );
}
