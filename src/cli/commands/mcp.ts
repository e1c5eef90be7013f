// `mcp`: an MCP server on stdio, for clients that only start servers as child processes
// (`claude mcp add sandbox -- node dist/index.js mcp`). When a daemon is up for the workspace it
// relays to the daemon's proxy (which applies policy and writes the audit log); otherwise it
// provisions a sandbox of its own and tears it down when the client goes away.
// stdout carries MCP JSON-RPC and nothing else: every diagnostic goes to stderr.
import { resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { openBackend } from "../../backends/index.js";
import { ConfigError, resolveConfig } from "../../config/index.js";
import { processAlive, readState } from "../../daemon/state.js";
import type { EgressDecision } from "../../egress/decision.js";
import { AuditLog } from "../../host/audit.js";
import { newRunId, type SandboxSession, startSession } from "../../host/session.js";
import { type HostPolicy, hostPolicy, shapesOnlyPolicy } from "../../policy/index.js";
import { connectAgent } from "../agent-client.js";
import type { ParsedArgs } from "../args.js";
import type { CommandIo } from "../commands.js";
import { statePathOf } from "../daemon-client.js";
import { EXIT } from "../exit-codes.js";
import { redactingWriter, reportSandboxError } from "../output.js";

/** The daemon gives calls without timeout_ms its own default; wait at least that long for it. */
const DAEMON_WAIT_MS = 10 * 60_000;
/** How often the bridge checks that the daemon it relays to still runs. */
const DAEMON_CHECK_MS = 1000;
/** If something still holds the event loop after teardown, exit anyway after this long. */
const EXIT_GRACE_MS = 500;

interface Upstream {
  client: Client;
  runId: string;
  defaultTimeoutMs: number;
  /** the daemon applies its own policy; a sandbox of the bridge's own gets the configured one */
  policy: HostPolicy;
  /** a sandbox of the bridge's own: the max-request-size the bridge enforces (a daemon enforces its own) */
  maxRequestBytes?: number;
  /** resolves with a reason when the sandbox (or the daemon) goes away under the bridge */
  lost: Promise<string>;
  close(): Promise<void>;
}

export async function execute(args: ParsedArgs, io: CommandIo): Promise<number> {
  // Bad options are a usage error (exit 2) whichever way the bridge goes.
  const config = resolveConfig(args.options, { cwd: io.cwd });
  const ownPolicy = hostPolicy(config);
  const say = (line: string) => io.stderr.write(`sandbox-action mcp: ${ownPolicy.redactor.text(line)}\n`);
  const auditPath = args.flags["audit-log"];
  const audit =
    typeof auditPath === "string"
      ? new AuditLog(resolve(io.cwd, auditPath), { redactor: ownPolicy.redactor })
      : undefined;
  const explicitState = typeof args.flags.state === "string";
  const statePath = statePathOf(args, io);
  const state = readState(statePath);
  const daemonUp = state !== undefined && processAlive(state.daemon_pid);
  if (explicitState && !daemonUp) {
    throw new ConfigError(
      `no daemon is running for --state ${statePath}; start one with \`up --state ${args.flags.state}\`, or leave --state out to let mcp start a sandbox of its own`,
    );
  }

  // Nothing else may write to stdout from here on: one stray line breaks the client's framing.
  console.log = console.info = console.debug = console.error.bind(console);

  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => stop.abort(signal);
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const unhookSignals = () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };

  let upstream: Upstream;
  try {
    if (daemonUp && state) {
      const ignored = Object.keys(args.options).filter((name) => name !== "workspace");
      if (ignored.length)
        say(`a daemon is up for this workspace; its sandbox's settings apply, not --${ignored.join(", --")}`);
      let agent: Awaited<ReturnType<typeof connectAgent>>;
      try {
        agent = await connectAgent(state);
      } catch (error) {
        say(
          `cannot reach the daemon (pid ${state.daemon_pid}) at ${state.mcp_url}: ${(error as Error).message}`,
        );
        return EXIT.sandbox;
      }
      let timer: NodeJS.Timeout | undefined;
      const lost = new Promise<string>((resolveLost) => {
        timer = setInterval(() => {
          if (!processAlive(state.daemon_pid)) resolveLost(`the daemon (pid ${state.daemon_pid}) stopped`);
        }, DAEMON_CHECK_MS).unref();
      });
      upstream = {
        client: agent.client,
        runId: state.run_id,
        defaultTimeoutMs: DAEMON_WAIT_MS,
        policy: shapesOnlyPolicy(),
        lost,
        close: async () => {
          clearInterval(timer);
          await agent.close();
        },
      };
      say(
        `relaying to the daemon of this workspace: sandbox ${state.sandbox_id} (${state.backend}), daemon pid ${state.daemon_pid}; audit log ${state.audit_log}`,
      );
    } else {
      let session: SandboxSession;
      try {
        const runId = newRunId();
        session = await startSession(await openBackend(config.backend, say), config, {
          runId,
          log: say,
          onEgress: (decision: EgressDecision) => audit?.egress(runId, decision),
        });
      } catch (error) {
        reportSandboxError(redactingWriter(io.stderr, ownPolicy), error);
        return EXIT.sandbox;
      }
      upstream = {
        client: session.client,
        runId: session.runId,
        defaultTimeoutMs: config.timeoutMs,
        policy: ownPolicy,
        maxRequestBytes: config.maxRequestBytes,
        lost: Promise.race([
          session.expired,
          session.sandbox.exited.then((exit) => {
            const log = session.serverLog();
            return `the sandbox stopped (${JSON.stringify(exit)})${log ? `\nserver output:\n${log}` : ""}`;
          }),
        ]),
        close: () => session.close(),
      };
      say(
        `sandbox ${session.sandbox.id} is up (${session.sandbox.backend} backend, network ${config.network}, workspace ${config.workspace})${audit ? `; audit log ${audit.path}` : ""}`,
      );
    }
  } catch (error) {
    unhookSignals();
    throw error;
  }

  let code: number = EXIT.ok;
  try {
    if (!stop.signal.aborted) code = await serve(upstream, audit, io, stop, say);
  } finally {
    // The signal handlers stay until teardown is done: a second SIGTERM must not cut it short.
    await upstream
      .close()
      .catch((error: Error) => say(`teardown: ${error.message}`))
      .then(() => say(daemonUp ? "disconnected from the daemon" : "sandbox torn down"));
    unhookSignals();
  }
  setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
  return code;
}

/** Serves the relay on stdio until the client goes away, a signal comes, or the upstream is lost. */
async function serve(
  upstream: Upstream,
  audit: AuditLog | undefined,
  io: CommandIo,
  stop: AbortController,
  say: (line: string) => void,
): Promise<number> {
  // The SDK's server code loads only once there is something to serve.
  const [
    { createRelayServer },
    { CallsInFlight },
    { watchLiveness },
    { StdioServerTransport },
    { LoggingMessageNotificationSchema },
  ] = await Promise.all([
    import("../../proxy/relay.js"),
    import("../../proxy/forward-call.js"),
    import("../../proxy/liveness.js"),
    import("@modelcontextprotocol/sdk/server/stdio.js"),
    import("@modelcontextprotocol/sdk/types.js"),
  ]);
  const { client } = upstream;
  const liveness = watchLiveness(client, say);
  // When the bridge stops, the calls in flight are answered with the reason, not dropped.
  const calls = new CallsInFlight();
  const logging = client.getServerCapabilities()?.logging !== undefined;
  const server = createRelayServer({
    upstream: async () => ({ client, liveness }),
    instructions: client.getInstructions(),
    runId: upstream.runId,
    audit,
    defaultTimeoutMs: upstream.defaultTimeoutMs,
    logging,
    policy: upstream.policy,
    stopping: calls,
    ...(upstream.maxRequestBytes === undefined ? {} : { maxRequestBytes: upstream.maxRequestBytes }),
    onCall: () => {},
  });
  server.onerror = (error) => say(error.message);
  if (logging) {
    client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
      server.sendLoggingMessage(upstream.policy.redactor.value(notification.params)).catch(() => {});
    });
  }

  const stdin = io.stdin as Readable;
  const stdout = io.stdout as Writable;
  const clientGone = () => stop.abort("the client closed standard input");
  stdin.once("end", clientGone);
  stdin.once("close", clientGone);
  stdout.on("error", (error) => stop.abort(`standard output failed: ${error.message}`));
  server.onclose = () => stop.abort("the client disconnected");

  let lostReason: string | undefined;
  const lost = upstream.lost.then((reason) => {
    lostReason = reason;
    stop.abort(reason);
  });
  lost.catch(() => {});
  const stopped = new Promise<void>((resolveStop) => {
    if (stop.signal.aborted) resolveStop();
    else stop.signal.addEventListener("abort", () => resolveStop(), { once: true });
  });
  try {
    await server.connect(new StdioServerTransport(stdin, stdout));
    await stopped;
  } finally {
    stdin.off("end", clientGone);
    stdin.off("close", clientGone);
    await calls.stop(
      `sandbox-action mcp is stopping (${String(stop.signal.reason ?? "its client went away")})`,
    );
    liveness.close();
    if (logging) client.removeNotificationHandler("notifications/message");
    server.onclose = undefined;
    await server.close().catch(() => {});
  }
  const reason = String(stop.signal.reason);
  if (lostReason !== undefined) {
    say(`${lostReason}; stopping`);
    return EXIT.sandbox;
  }
  say(`stopping: ${reason}`);
  return EXIT.ok;
}
