// `status`: is the daemon up, and does its sandbox answer? A live tools/list through the proxy,
// with a deadline, is the health check.

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
  const status = {
    backend: state.backend,
    mode: "persistent",
    sandbox_id: state.sandbox_id,
    run_id: state.run_id,
    daemon_pid: state.daemon_pid,
    daemon_running: running,
    mcp_url: state.mcp_url,
    healthy,
    checked_at: new Date().toISOString(),
    ...(lastError ? { last_error: lastError } : {}),
    audit_log: state.audit_log,
    log_file: state.log_file,
    state_file: path,
  };
  if (args.flags.json === true) io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
  else {
    io.stdout.write(
      `${healthy ? "healthy" : "UNHEALTHY"}: sandbox ${state.sandbox_id} (${state.backend}), daemon pid ${state.daemon_pid}${running ? "" : " (not running)"}, ${state.mcp_url}\n`,
    );
    if (lastError) io.stdout.write(`  last error: ${lastError}\n`);
  }
  return healthy ? EXIT.ok : EXIT.sandbox;
}
