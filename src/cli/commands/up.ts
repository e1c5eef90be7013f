// `up`: start a sandbox and the proxy daemon in the background; print how to reach it.
import { spawn } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ConfigError, type RawOptions, resolveConfig } from "../../config/index.js";
import { READY_FD } from "../../daemon/daemon.js";
import { defaultStatePath, processAlive, readState, siblingPath } from "../../daemon/state.js";
import type { ParsedArgs } from "../args.js";
import type { CommandIo } from "../commands.js";
import { EXIT } from "../exit-codes.js";

/** Provisioning gets the ready timeout; the daemon's own start and the proxy get this on top. */
const START_MARGIN_MS = 15_000;

function optionArgs(options: RawOptions): string[] {
  return Object.entries(options).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value ?? ""]).map((item) => `--${name}=${item}`),
  );
}

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
  const logPath = siblingPath(statePath, ".log");
  mkdirSync(dirname(statePath), { recursive: true, mode: 0o700 });
  const logFd = openSync(logPath, "a", 0o600);

  const entry = process.argv[1] as string;
  const child = spawn(
    process.execPath,
    [
      entry,
      "daemon",
      "--state",
      statePath,
      "--audit-log",
      auditPath,
      "--log-file",
      logPath,
      ...optionArgs({ ...args.options, workspace: config.workspace }),
    ],
    { cwd: io.cwd, detached: true, stdio: ["ignore", logFd, logFd, "pipe"] },
  );
  const answer = await new Promise<string>((resolveAnswer) => {
    let text = "";
    const timer = setTimeout(
      () =>
        resolveAnswer(
          `error: the daemon did not report within ${config.readyTimeoutMs + START_MARGIN_MS} ms`,
        ),
      config.readyTimeoutMs + START_MARGIN_MS,
    );
    const ready = child.stdio[READY_FD] as NodeJS.ReadableStream;
    ready.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    ready.on("end", () => {
      clearTimeout(timer);
      resolveAnswer(text.trim() || "error: the daemon exited before it was ready");
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      resolveAnswer(`error: cannot start the daemon: ${error.message}`);
    });
  });
  child.unref();
  (child.stdio[READY_FD] as NodeJS.ReadableStream & { destroy(): void }).destroy();

  const state = answer === "ready" ? readState(statePath) : undefined;
  if (!state) {
    if (child.pid && processAlive(child.pid)) process.kill(child.pid, "SIGTERM");
    io.stderr.write(`sandbox-action up: ${answer.replace(/^error: /, "")}\n  daemon log: ${logPath}\n`);
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
        `sandbox ${state.sandbox_id} is up (${config.backend} backend, network ${config.network})`,
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
