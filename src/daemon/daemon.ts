// The detached daemon behind `up` (and the action's main step): the host proxy, in front of one
// supervised sandbox (mode persistent, respawned when its health check fails) or of a supervised
// sandbox per agent session that calls a tool (mode ephemeral, at most max-sandboxes at once; ADR
// 0015), and a state file for the commands that come later.
// It runs until SIGTERM/SIGINT or the TTL, and always tears down what it made.
import { closeSync, writeSync } from "node:fs";
import { openBackend } from "../backends/index.js";
import type { Config } from "../config/index.js";
import type { EgressDecision } from "../egress/decision.js";
import { AuditLog } from "../host/audit.js";
import { endRun, MAX_TIMER_MS, newRunId, type SandboxSession, startSession } from "../host/session.js";
import { createRedactor, hostPolicy, type Redactor } from "../policy/index.js";
import type { UpstreamLease } from "../proxy/index.js";
import { VERSION } from "../version.js";
import { type EphemeralSandboxes, startEphemeral } from "./ephemeral.js";
import { type DaemonState, removeState, writeState } from "./state.js";
import { errorLine, type Health, type Supervisor, startSupervisor } from "./supervisor.js";

export interface DaemonPaths {
  state: string;
  audit: string;
  log: string;
}

/** fd on which the daemon tells `up` that it is ready (one line: "ready" or "error: ..."). */
export const READY_FD = 3;

/** Whatever the daemon logs or tells may quote the sandbox's output: redacted like results. */
let redactor: Redactor = createRedactor();

function tellParent(line: string): void {
  try {
    writeSync(READY_FD, `${redactor.text(line).replaceAll("\n", " ")}\n`);
    closeSync(READY_FD);
  } catch {
    // started without a parent waiting (fd 3 not open): nothing to tell
  }
}

const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${redactor.text(line)}\n`);

export async function runDaemon(config: Config, paths: DaemonPaths): Promise<number> {
  const policy = hostPolicy(config);
  redactor = policy.redactor;
  log(`sandbox-action ${VERSION} daemon starting (pid ${process.pid}, ${config.backendReason})`);
  // Opened first: egress decisions are recorded from the sandbox's first request on.
  const audit = new AuditLog(paths.audit, { redactor });
  const runId = newRunId();
  const started = performance.now();
  // Every sandbox of the run keeps its run id (labels, reaping) and gets what is left of the TTL.
  const ttlLeft = () => Math.max(1, config.ttlMs - (performance.now() - started));
  let state: DaemonState | undefined;
  let sandboxes: Sandboxes;
  let backend: Awaited<ReturnType<typeof openBackend>> | undefined;
  try {
    backend = await openBackend(config.backend, log);
    const opened = backend;
    const startOne = (ttlMs: number) =>
      startSession(
        opened,
        { ...config, ttlMs },
        {
          runId,
          // respawns and ephemeral sessions share the run's mount points until the daemon ends it
          sharedRun: true,
          log,
          onEgress: (decision: EgressDecision) => audit.egress(runId, decision),
        },
      );
    const supervise = (start: (attempt: number) => ReturnType<typeof startOne>, onChange: () => void) =>
      startSupervisor({
        start,
        intervalMs: config.healthIntervalMs,
        timeoutMs: config.healthTimeoutMs,
        respawnThreshold: config.respawnThreshold,
        maxRespawns: config.maxRespawns,
        waitMs: config.readyTimeoutMs,
        log,
        redact: (text: string) => redactor.text(text),
        onChange,
      });
    const recordHealth = () => {
      if (!state) return;
      state = { ...state, health: sandboxes.health(), ...sandboxes.extraState() };
      writeState(paths.state, state);
    };
    sandboxes =
      config.mode === "ephemeral"
        ? fromEphemeral(
            await startEphemeral({
              start: () => startOne(ttlLeft()),
              supervise: (first) =>
                supervise(
                  (attempt) => (attempt === 0 ? Promise.resolve(first) : startOne(ttlLeft())),
                  recordHealth,
                ),
              maxSandboxes: config.maxSandboxes,
              log,
              redact: (text: string) => redactor.text(text),
              onChange: recordHealth,
            }),
            config.ttlMs,
          )
        : fromSupervisor(await supervise(() => startOne(ttlLeft()), recordHealth));
  } catch (error) {
    const hint = (error as { hint?: string }).hint;
    log(`provisioning failed: ${(error as Error).message}${hint ? ` (fix: ${hint})` : ""}`);
    if (backend) await endRun(backend, runId); // before `up` hears of it: nothing is left then
    tellParent(`error: ${errorLine(error, (text) => redactor.text(text))}${hint ? ` (fix: ${hint})` : ""}`);
    audit.close();
    return 3;
  }
  const first = sandboxes.first;
  // Loaded once the sandbox is up: its SDK code would otherwise be evaluated before bwrap even
  // starts (the MCP client, loaded during the sandbox's boot, has brought most of it in by now).
  const { newToken, startProxy } = await import("../proxy/index.js");
  const token = newToken();
  const proxy = await startProxy({
    upstream: first.client,
    lease: () => sandboxes.lease(),
    token,
    runId,
    audit,
    policy,
    defaultTimeoutMs: config.timeoutMs,
    maxRequestBytes: config.maxRequestBytes,
    sessionIdleTimeoutMs: config.sessionIdleTimeoutMs,
    log,
  });
  state = {
    version: 1,
    daemon_pid: process.pid,
    run_id: runId,
    backend: first.sandbox.backend,
    sandbox_id: first.sandbox.id,
    workspace: config.workspace,
    mcp_url: proxy.url,
    mcp_token: token,
    audit_log: paths.audit,
    log_file: paths.log,
    started_at: new Date().toISOString(),
    mode: config.mode,
    health: sandboxes.health(),
    ...sandboxes.extraState(),
  };
  writeState(paths.state, state);
  log(`ready (${config.mode}): sandbox ${first.sandbox.id}, proxy on ${proxy.url}`);
  tellParent("ready");

  // A sandbox that stops is the supervisor's to respawn; after it gave up the daemon keeps
  // serving (every call fails at once with the reason) until `down`, so status can tell why.
  const reason = await new Promise<string>((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM"));
    process.once("SIGINT", () => resolve("SIGINT"));
    sandboxes.expired.then(resolve);
  });
  log(`stopping: ${reason}`);
  // calls in flight are answered (a JSON-RPC error with this reason) before their sandboxes go
  await proxy
    .close(`the sandbox daemon is stopping (${reason})`)
    .catch((error: Error) => log(`proxy close: ${error.message}`));
  await sandboxes.close().catch((error: Error) => log(`sandbox teardown: ${error.message}`));
  // every sandbox of the run is gone: only now may its mount points go (src/backends/run-mounts.ts)
  await endRun(backend, runId);
  removeState(paths.state);
  audit.close();
  log(`stopped; ${JSON.stringify(proxy.stats())}`);
  return reason.startsWith("SIG") ? 0 : 3;
}

/** What the daemon needs of its sandboxes, in either mode. */
interface Sandboxes {
  /** the first sandbox: persistent, the one every session shares; ephemeral, the first session's */
  first: SandboxSession;
  lease(): Promise<UpstreamLease>;
  health(): Health;
  /** mode-specific fields of the state file */
  extraState(): Partial<DaemonState>;
  /** settles with the reason when the run's TTL is over (the daemon then stops) */
  expired: Promise<string>;
  close(): Promise<void>;
}

/** persistent: every session leases the one supervised sandbox, and gives nothing back */
function fromSupervisor(supervisor: Supervisor): Sandboxes {
  const first = supervisor.current();
  if (!first) throw new Error("the supervisor started without a sandbox");
  const shared: UpstreamLease = { acquire: () => supervisor.acquire(), release: async () => {} };
  return {
    first,
    lease: async () => shared,
    health: () => supervisor.health(),
    extraState: () => {
      const current = supervisor.current();
      return current ? { sandbox_id: current.sandbox.id } : {};
    },
    expired: supervisor.expired,
    close: () => supervisor.close(),
  };
}

/** ephemeral: a sandbox per session that calls a tool; the run's TTL is the daemon's own timer */
function fromEphemeral(ephemeral: EphemeralSandboxes, ttlMs: number): Sandboxes {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`the run reached its TTL (${ttlMs}ms)`), Math.min(ttlMs, MAX_TIMER_MS));
  });
  return {
    first: ephemeral.first,
    lease: () => ephemeral.lease(),
    health: () => ephemeral.health(),
    extraState: () => ({ live_sandboxes: ephemeral.live() }),
    expired,
    close: async () => {
      clearTimeout(timer);
      await ephemeral.close();
    },
  };
}
