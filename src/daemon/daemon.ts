// The detached daemon behind `up` (and the action's main step): one supervised sandbox (respawned
// when its health check fails), the host proxy in front of it, a state file for the commands that
// come later. It runs until SIGTERM/SIGINT or the TTL, and always tears down what it made.
import { closeSync, writeSync } from "node:fs";
import { openBackend } from "../backends/index.js";
import type { Config } from "../config/index.js";
import type { EgressDecision } from "../egress/decision.js";
import { AuditLog } from "../host/audit.js";
import { newRunId, type SandboxSession, startSession } from "../host/session.js";
import { createRedactor, hostPolicy, type Redactor } from "../policy/index.js";
import { VERSION } from "../version.js";
import { type DaemonState, removeState, writeState } from "./state.js";
import { type Supervisor, startSupervisor } from "./supervisor.js";

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
  let supervisor: Supervisor;
  let state: DaemonState | undefined;
  try {
    const backend = await openBackend(config.backend, log);
    supervisor = await startSupervisor({
      // A respawn keeps the run id (labels, reaping) and what is left of the TTL.
      start: (attempt) =>
        startSession(
          backend,
          attempt === 0
            ? config
            : { ...config, ttlMs: Math.max(1, config.ttlMs - (performance.now() - started)) },
          { runId, log, onEgress: (decision: EgressDecision) => audit.egress(runId, decision) },
        ),
      intervalMs: config.healthIntervalMs,
      timeoutMs: config.healthTimeoutMs,
      respawnThreshold: config.respawnThreshold,
      maxRespawns: config.maxRespawns,
      waitMs: config.readyTimeoutMs,
      log,
      onChange: (health, current) => {
        if (!state) return;
        state = { ...state, health, ...(current ? { sandbox_id: current.sandbox.id } : {}) };
        writeState(paths.state, state);
      },
    });
  } catch (error) {
    const hint = (error as { hint?: string }).hint;
    log(`provisioning failed: ${(error as Error).message}${hint ? ` (fix: ${hint})` : ""}`);
    tellParent(`error: ${(error as Error).message.split("\n")[0]}${hint ? ` (fix: ${hint})` : ""}`);
    audit.close();
    return 3;
  }
  const session = supervisor.current() as SandboxSession;
  // Loaded once the sandbox is up: its SDK code would otherwise be evaluated before bwrap even
  // starts (the MCP client, loaded during the sandbox's boot, has brought most of it in by now).
  const { newToken, startProxy } = await import("../proxy/index.js");
  const token = newToken();
  const proxy = await startProxy({
    upstream: session.client,
    acquireUpstream: () => supervisor.acquire(),
    token,
    runId: session.runId,
    audit,
    policy,
    defaultTimeoutMs: config.timeoutMs,
    log,
  });
  state = {
    version: 1,
    daemon_pid: process.pid,
    run_id: session.runId,
    backend: session.sandbox.backend,
    sandbox_id: supervisor.current()?.sandbox.id ?? session.sandbox.id,
    workspace: config.workspace,
    mcp_url: proxy.url,
    mcp_token: token,
    audit_log: paths.audit,
    log_file: paths.log,
    started_at: new Date().toISOString(),
    mode: config.mode,
    health: supervisor.health(),
  };
  writeState(paths.state, state);
  log(`ready: sandbox ${session.sandbox.id}, proxy on ${proxy.url}`);
  tellParent("ready");

  // A sandbox that stops is the supervisor's to respawn; after it gave up the daemon keeps
  // serving (every call fails at once with the reason) until `down`, so status can tell why.
  const reason = await new Promise<string>((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM"));
    process.once("SIGINT", () => resolve("SIGINT"));
    supervisor.expired.then(resolve);
  });
  log(`stopping: ${reason}`);
  await proxy.close().catch((error: Error) => log(`proxy close: ${error.message}`));
  await supervisor.close().catch((error: Error) => log(`sandbox teardown: ${error.message}`));
  removeState(paths.state);
  audit.close();
  log(`stopped; ${JSON.stringify(proxy.stats())}`);
  return reason.startsWith("SIG") ? 0 : 3;
}
