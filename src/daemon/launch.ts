// Starts the daemon detached and waits until it reports ready (or why not). Shared by `up` and
// the action's main step: the daemon outlives the process that launched it.
import { spawn } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import { SandboxError } from "../backends/types.js";
import type { Config, RawOptions } from "../config/index.js";
import { READY_FD } from "./daemon.js";
import { type DaemonState, processAlive, readState } from "./state.js";

/** The daemon's own start and the proxy get this on top of the provisioning deadline. */
const START_MARGIN_MS = 15_000;

export interface LaunchPaths {
  state: string;
  audit: string;
  log: string;
}

/**
 * Options that may carry secrets (`redact`, `secret:` env values) reach the daemon in this
 * environment variable, not on its command line, which every user of the machine can read in the
 * process list. The daemon removes it from its environment as it starts.
 */
export const SECRET_OPTIONS_ENV = "SANDBOX_ACTION_DAEMON_SECRET_OPTIONS";
const SECRET_OPTIONS = ["env", "redact"];

function optionArgs(options: RawOptions): string[] {
  return Object.entries(options).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value ?? ""]).map((item) => `--${name}=${item}`),
  );
}

/**
 * `cliEntry` is the CLI bundle (dist/index.js) whose hidden `daemon` command runs the daemon.
 * Rejects with a SandboxError naming the daemon log when the daemon does not become ready.
 */
export async function launchDaemon(
  cliEntry: string,
  config: Config,
  options: RawOptions,
  paths: LaunchPaths,
): Promise<DaemonState> {
  mkdirSync(dirname(paths.state), { recursive: true, mode: 0o700 });
  const logFd = openSync(paths.log, "a", 0o600);
  const publicOptions: RawOptions = {};
  const secretOptions: RawOptions = {};
  for (const [name, value] of Object.entries(options)) {
    if (SECRET_OPTIONS.includes(name)) secretOptions[name] = value;
    else publicOptions[name] = value;
  }
  const child = spawn(
    process.execPath,
    [
      cliEntry,
      "daemon",
      "--state",
      paths.state,
      "--audit-log",
      paths.audit,
      "--log-file",
      paths.log,
      ...optionArgs({ ...publicOptions, workspace: config.workspace }),
    ],
    {
      cwd: config.workspace,
      detached: true,
      stdio: ["ignore", logFd, logFd, "pipe"],
      env: { ...process.env, [SECRET_OPTIONS_ENV]: JSON.stringify(secretOptions) },
    },
  );
  const deadline = config.readyTimeoutMs + START_MARGIN_MS;
  const answer = await new Promise<string>((resolve) => {
    let text = "";
    const timer = setTimeout(
      () => resolve(`error: the daemon did not report within ${deadline} ms`),
      deadline,
    );
    const ready = child.stdio[READY_FD] as NodeJS.ReadableStream;
    ready.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    ready.on("end", () => {
      clearTimeout(timer);
      resolve(text.trim() || "error: the daemon exited before it was ready");
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      resolve(`error: cannot start the daemon: ${error.message}`);
    });
  });
  child.unref();
  (child.stdio[READY_FD] as NodeJS.ReadableStream & { destroy(): void }).destroy();

  const state = answer === "ready" ? readState(paths.state) : undefined;
  if (!state) {
    if (child.pid && processAlive(child.pid)) process.kill(child.pid, "SIGTERM");
    throw new SandboxError(`${answer.replace(/^error: /, "")} (daemon log: ${paths.log})`);
  }
  return state;
}
