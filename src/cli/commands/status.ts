// `status`: is the daemon up, and how is its sandbox? A tools/list through the proxy, with a
// deadline (the proxy answers it from the tool list it holds, so this shows the proxy answers: ADR
// 0015), and the supervisor's record of the sandbox's own health checks (consecutive results,
// respawns) from the state file.

import { connectAgent } from "../agent-client.js";
import type { ParsedArgs } from "../args.js";
import type { CommandIo } from "../commands.js";
import { findDaemon } from "../daemon-client.js";
import { EXIT } from "../exit-codes.js";

const PROBE_TIMEOUT_MS = 10_000;

export async function execute(args: ParsedArgs, io: CommandIo): Promise<number> {
  const { path, state, running } = findDaemon(args, io);
  let healthy = false;
  let lastError: string | undefined;
  if (running) {
    try {
      const agent = await connectAgent(state);
      try {
        await agent.client.listTools(undefined, { timeout: PROBE_TIMEOUT_MS });
        healthy = true;
      } finally {
        await agent.close();
      }
    } catch (error) {
      lastError = (error as Error).message;
    }
  } else {
    lastError = `the daemon (pid ${state.daemon_pid}) is not running`;
  }
  const health = state.health;
  // The supervisor's word counts too: a respawning or failed sandbox is not healthy.
  if (health && running && !health.healthy) {
    healthy = false;
    lastError ??= health.last_error ?? undefined;
  }
  const status = {
    backend: state.backend,
    mode: state.mode ?? "persistent",
    ...(state.live_sandboxes === undefined ? {} : { live_sandboxes: state.live_sandboxes }),
    sandbox_id: state.sandbox_id,
    run_id: state.run_id,
    daemon_pid: state.daemon_pid,
    daemon_running: running,
    mcp_url: state.mcp_url,
    healthy,
    checked_at: new Date().toISOString(),
    state: running ? (health?.state ?? "running") : "stopped",
    consecutive_ok: health?.consecutive_ok ?? null,
    consecutive_failures: health?.consecutive_failures ?? null,
    last_ok: health?.last_ok ?? null,
    last_error: lastError ?? health?.last_error ?? null,
    respawns: health?.respawns ?? 0,
    audit_log: state.audit_log,
    log_file: state.log_file,
    state_file: path,
  };
  if (args.flags.json === true) io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
  else {
    const what =
      status.mode === "ephemeral"
        ? `${state.live_sandboxes ?? 0} session sandbox(es) open`
        : `sandbox ${state.sandbox_id}`;
    io.stdout.write(
      `${healthy ? "healthy" : "UNHEALTHY"}: ${what} (${state.backend}, ${status.mode}), daemon pid ${state.daemon_pid}${running ? "" : " (not running)"}, ${state.mcp_url}\n`,
    );
    if (health) {
      io.stdout.write(
        `  ${status.state}; checks: ${health.consecutive_ok} ok / ${health.consecutive_failures} failed in a row; respawns: ${health.respawns}; last ok: ${health.last_ok ?? "never"}\n`,
      );
    }
    if (status.last_error) io.stdout.write(`  last error: ${status.last_error}\n`);
  }
  return healthy ? EXIT.ok : EXIT.sandbox;
}
