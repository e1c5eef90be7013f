// JSONL audit log: one line per tool call and per egress decision, redacted before it is written.
//
// Durability: every line is one synchronous write(2) on a descriptor opened O_APPEND, made before
// the call's answer goes back, so a crash or SIGKILL of this process right after a call cannot
// lose its record (the kernel has it). Lines are also fdatasync'ed, coalesced: at most one sync in
// flight, off the event loop, started within SYNC_DELAY_MS of a write, and a last one on close, so
// a crash of the machine itself loses at most that window. A sync per line would block the proxy
// (and the egress proxy, which can make hundreds of decisions a second) on the disk.
import { closeSync, fdatasync, fdatasyncSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { EgressDecision } from "../egress/decision.js";
import { createRedactor, type Redactor } from "../policy/redact.js";

export interface CallEntry {
  type: "call";
  time: string;
  run_id: string;
  /** the agent's MCP session, for calls that came through the proxy */
  session_id?: string;
  /** the tool; for a request refused before it was read (too large), its method if not tools/call */
  tool: string;
  /** redacted like results; null when not kept (a request refused for its size) */
  arguments: unknown;
  duration_ms: number;
  is_error: boolean;
  exit_code?: number;
  /** bytes of the result's text */
  result_bytes: number;
  error?: string;
  /** refused by a host-side rule; the call never reached the sandbox */
  denied?: true;
  /** the rule that refused it ("tools", "deny-commands: <regex>", "allow-commands", "max-request-size") */
  rule?: string;
  /** the size of a request refused by max-request-size (as far as it was read, when cut off) */
  request_bytes?: number;
}

export interface EgressEntry extends EgressDecision {
  type: "egress";
  run_id: string;
}

export type AuditEntry = CallEntry | EgressEntry;

const SYNC_DELAY_MS = 200;

export class AuditLog {
  private fd: number | undefined;
  private syncTimer: NodeJS.Timeout | undefined;
  private syncing = false;
  private dirty = false;
  readonly redactor: Redactor;

  constructor(
    readonly path: string,
    options: { redactor?: Redactor } = {},
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, "a", 0o600);
    this.redactor = options.redactor ?? createRedactor();
  }

  /**
   * Never writes `secret` from now on: an agent may echo it in arguments (or a sandbox in an error
   * message), and the audit log is kept and shared long after the run.
   */
  redact(secret: string, rule = "token"): void {
    this.redactor.addValue(secret, rule);
  }

  /** One tool call (`type` is filled in). */
  record(entry: Omit<CallEntry, "type">): void {
    this.write({ type: "call", ...entry });
  }

  egress(runId: string, decision: EgressDecision): void {
    this.write({ type: "egress", run_id: runId, ...decision });
  }

  /** Syncs and closes; later records are dropped. */
  close(): void {
    if (this.fd === undefined) return;
    clearTimeout(this.syncTimer);
    try {
      fdatasyncSync(this.fd);
    } catch {
      // a file system without sync (a pipe, /dev/stdout): the writes are done
    }
    closeSync(this.fd);
    this.fd = undefined;
  }

  private write(entry: AuditEntry): void {
    if (this.fd === undefined) return;
    const line = `${JSON.stringify(this.redactor.value(entry))}\n`;
    writeSync(this.fd, line);
    this.dirty = true;
    this.scheduleSync();
  }

  private scheduleSync(): void {
    if (this.syncTimer || this.syncing) return;
    this.syncTimer = setTimeout(() => {
      this.syncTimer = undefined;
      if (this.fd === undefined || !this.dirty) return;
      this.dirty = false;
      this.syncing = true;
      fdatasync(this.fd, () => {
        this.syncing = false;
        if (this.dirty) this.scheduleSync();
      });
    }, SYNC_DELAY_MS);
    this.syncTimer.unref();
  }
}
