// `up`: start a sandbox and the proxy daemon in the background; print how to reach it.
import { resolve } from "node:path";
import { ConfigError, resolveConfig } from "../../config/index.js";
import { launchDaemon } from "../../daemon/launch.js";
import {
  type DaemonState,
  defaultStatePath,
  processAlive,
  readState,
  siblingPath,
} from "../../daemon/state.js";
import type { ParsedArgs } from "../args.js";
import type { CommandIo } from "../commands.js";
import { EXIT } from "../exit-codes.js";
import { reportSandboxError } from "../output.js";

export async function execute(args: ParsedArgs, io: CommandIo): Promise<number> {
  const config = resolveConfig(args.options, { cwd: io.cwd });
  const statePath =
    typeof args.flags.state === "string"
      ? resolve(io.cwd, args.flags.state)
      : defaultStatePath(config.workspace);
  const existing = readState(statePath);
  if (existing && processAlive(existing.daemon_pid)) {
    throw new ConfigError(
      `a sandbox is already up for this workspace (daemon pid ${existing.daemon_pid}, state ${statePath}); run \`down\` first`,
    );
  }
  const auditPath =
    typeof args.flags["audit-log"] === "string"
      ? resolve(io.cwd, args.flags["audit-log"])
      : siblingPath(statePath, ".audit.jsonl");
  let state: DaemonState;
  try {
    state = await launchDaemon(process.argv[1] as string, config, args.options, {
      state: statePath,
      audit: auditPath,
      log: siblingPath(statePath, ".log"),
    });
  } catch (error) {
    reportSandboxError(io.stderr, error);
    return EXIT.sandbox;
  }
  const info = {
    mcp_url: state.mcp_url,
    mcp_token: state.mcp_token,
    sandbox_id: state.sandbox_id,
    daemon_pid: state.daemon_pid,
    state_file: statePath,
  };
  if (args.flags.json === true) {
    io.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
  } else {
    io.stdout.write(
      [
        state.mode === "ephemeral"
          ? `sandbox-action is up in mode ephemeral: a fresh sandbox per session (${state.backend} backend, network ${config.network}); the first is ${state.sandbox_id}`
          : `sandbox ${state.sandbox_id} is up (${state.backend} backend, network ${config.network})`,
        `  MCP endpoint: ${state.mcp_url}`,
        `  token:        in ${statePath} (mcp_token); send it as "Authorization: Bearer <token>"`,
        `  audit log:    ${state.audit_log}`,
        "  stop it with: sandbox-action down",
        "",
      ].join("\n"),
    );
  }
  return EXIT.ok;
}
