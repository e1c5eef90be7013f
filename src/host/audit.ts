// JSONL audit log: one line per tool call, appended synchronously so a crash right after a call
// cannot lose its record.
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

export interface AuditEntry {
  time: string;
  run_id: string;
  /** the agent's MCP session, for calls that came through the proxy */
  session_id?: string;
  tool: string;
  arguments: unknown;
  duration_ms: number;
  is_error: boolean;
  exit_code?: number;
  /** bytes of the result's text */
  result_bytes: number;
  error?: string;
}

const REDACTED = "[REDACTED]";

export class AuditLog {
  /** secrets as they appear inside a JSON string, longest first */
  private secrets: string[] = [];

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    appendFileSync(path, "", { mode: 0o600 });
  }

  /**
   * Never writes `secret` from now on: an agent may echo it in arguments (or a sandbox in an error
   * message), and the audit log is kept and shared long after the run.
   */
  redact(secret: string): void {
    if (secret.length === 0) return;
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (this.secrets.includes(escaped)) return;
    this.secrets.push(escaped);
    this.secrets.sort((a, b) => b.length - a.length);
  }

  record(entry: AuditEntry): void {
    let line = JSON.stringify(entry);
    for (const secret of this.secrets) line = line.replaceAll(secret, REDACTED);
    appendFileSync(this.path, `${line}\n`);
  }
}
