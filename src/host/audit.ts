// JSONL audit log: one line per tool call, appended synchronously so a crash right after a call
// cannot lose its record.
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

export interface AuditEntry {
  time: string;
  run_id: string;
  tool: string;
  arguments: unknown;
  duration_ms: number;
  is_error: boolean;
  exit_code?: number;
  result_bytes: number;
  error?: string;
}

export class AuditLog {
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    appendFileSync(path, "", { mode: 0o600 });
  }

  record(entry: AuditEntry): void {
    appendFileSync(this.path, `${JSON.stringify(entry)}\n`);
  }
}
