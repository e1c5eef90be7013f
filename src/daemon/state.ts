// The daemon's state file: how `call`, `status`, `down` and the action's post step find a running
// sandbox. It holds the bearer token, so it is written 0600 and atomically.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import type { Health } from "./supervisor.js";

export interface DaemonState {
  version: 1;
  daemon_pid: number;
  run_id: string;
  backend: string;
  sandbox_id: string;
  workspace: string;
  mcp_url: string;
  mcp_token: string;
  audit_log: string;
  log_file: string;
  started_at: string;
  /** persistent or ephemeral (absent in state files of older versions: persistent) */
  mode?: string;
  /** ephemeral: sandboxes of agent sessions still open */
  live_sandboxes?: number;
  /** the supervisor's record, rewritten on every change */
  health?: Health;
}

/** Default: one state file per user and workspace. */
export function defaultStatePath(workspace: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_STATE_HOME || join(homedir(), ".local", "state");
  const key = createHash("sha256").update(workspace).digest("hex").slice(0, 16);
  return join(base, "sandbox-action", `${key}.json`);
}

/** Files that live beside the state file. */
export function siblingPath(statePath: string, suffix: string): string {
  return statePath.replace(/\.json$/, "") + suffix;
}

export function writeState(path: string, state: DaemonState): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** The state, or undefined when there is none; a corrupt file is an error that names it. */
export function readState(path: string): DaemonState | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const state = JSON.parse(text) as DaemonState;
    if (state.version !== 1 || typeof state.daemon_pid !== "number") throw new Error("unknown format");
    return state;
  } catch (error) {
    throw new Error(`state file ${path} is not readable (${(error as Error).message}); remove it`);
  }
}

export function removeState(path: string): void {
  rmSync(path, { force: true });
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
