// The job summary, from the audit log: the run's tool calls, the calls the host's policy refused,
// and the sandbox's egress decisions, each in its own table. The log is redacted when written;
// every cell is redacted again here (credential shapes, and the values the post step knows) and
// HTML-escaped: tool names, arguments and host names all come from the agent or the sandbox.

import { readFileSync } from "node:fs";
import type * as core from "@actions/core";
import { shortArgs } from "../cli/output.js";
import { byCodeUnit } from "../compare.js";
import type { Health } from "../daemon/supervisor.js";
import type { AuditEntry, CallEntry, EgressEntry } from "../host/audit.js";
import { createRedactor, type Redactor } from "../policy/redact.js";

/** Rows per table; a summary is capped at 1 MiB by the runner. */
const MAX_ROWS = 300;

export function readAudit(path: string): AuditEntry[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return [];
  }
  // A line cut off by a crash is skipped; every complete line before it still counts.
  return text
    .split("\n")
    .filter(Boolean)
    .flatMap((line) => {
      try {
        const entry = JSON.parse(line) as AuditEntry | Omit<CallEntry, "type">;
        // Lines written before entries had a type are calls.
        return [("type" in entry ? entry : { type: "call", ...entry }) as AuditEntry];
      } catch {
        return [];
      }
    });
}

interface Cell {
  data: string;
  header?: boolean;
}

function headerRow(...names: string[]): Cell[] {
  return names.map((data) => ({ data, header: true }));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function writeSummary(
  summary: typeof core.summary,
  entries: AuditEntry[],
  policy: {
    backend: string;
    network: string;
    sandboxId?: string;
    redactor?: Redactor;
    /** the daemon's supervisor record, as last written to its state file */
    health?: Health;
    mode?: string;
  },
): typeof core.summary {
  const redactor = policy.redactor ?? createRedactor();
  const cell = (text: string) => escapeHtml(redactor.text(text));
  const code = (text: string) => `<code>${cell(text)}</code>`;
  // redacted whole before shortArgs cuts them: a cut secret is no longer recognisable
  const args = (entry: CallEntry) =>
    code(shortArgs(redactor.value((entry.arguments ?? {}) as Record<string, unknown>)));

  const calls = entries.filter((e): e is CallEntry => e.type === "call" && !e.denied);
  const denials = entries.filter((e): e is CallEntry => e.type === "call" && e.denied === true);
  const egress = entries.filter((e): e is EgressEntry => e.type === "egress");
  const failed = calls.filter((e) => e.is_error).length;
  const totalMs = calls.reduce((sum, e) => sum + e.duration_ms, 0);
  const refusedEgress = egress.filter((e) => !e.allowed).length;

  summary
    .addHeading("sandbox-action", 3)
    .addRaw(
      `Backend ${code(policy.backend)}, network ${code(policy.network)}` +
        `${policy.sandboxId ? `, sandbox ${code(policy.sandboxId)}` : ""}. ` +
        `${plural(calls.length, "tool call")}, ${failed} failed, ${totalMs} ms in all.` +
        `${denials.length ? ` ${plural(denials.length, "call")} refused by policy.` : ""}` +
        `${egress.length ? ` ${plural(egress.length, "egress decision")}, ${refusedEgress} refused.` : ""}`,
      true,
    );

  const health = policy.health;
  if (health) {
    const verdict =
      health.state === "failed"
        ? "failed for good"
        : health.healthy
          ? "healthy"
          : `unhealthy (${health.state})`;
    summary.addRaw(
      `<p>Sandbox (${cell(policy.mode ?? "persistent")}): ${verdict}, ${plural(health.respawns, "respawn")}, ` +
        `last check ${health.consecutive_failures > 0 ? `failed ${health.consecutive_failures}x in a row` : "ok"}` +
        `${health.last_error ? `; last error: ${code(health.last_error)}` : ""}.</p>`,
      true,
    );
  }

  if (calls.length > 0) {
    summary.addTable([
      headerRow("tool", "arguments", "duration", "result"),
      ...calls
        .slice(0, MAX_ROWS)
        .map((e) => [
          cell(e.tool),
          args(e),
          `${e.duration_ms} ms`,
          e.exit_code !== undefined ? `exit ${e.exit_code}` : e.is_error ? "error" : "ok",
        ]),
    ]);
    more(summary, calls.length, "calls");
  }

  if (denials.length > 0) {
    summary.addHeading("Refused by policy", 4);
    summary.addTable([
      headerRow("time", "tool", "rule", "arguments"),
      ...denials.slice(0, MAX_ROWS).map((e) => [cell(e.time), cell(e.tool), code(e.rule ?? ""), args(e)]),
    ]);
    more(summary, denials.length, "refused calls");
  }

  if (egress.length > 0) {
    // One row per destination and decision: a package install makes hundreds of requests.
    const groups = new Map<string, { first: EgressEntry; methods: Set<string>; count: number }>();
    for (const e of egress) {
      const key = JSON.stringify([e.host, e.port, e.allowed, e.rule]);
      const group = groups.get(key) ?? { first: e, methods: new Set<string>(), count: 0 };
      group.methods.add(e.method);
      group.count++;
      groups.set(key, group);
    }
    const rows = [...groups.values()].sort(
      (a, b) => Number(a.first.allowed) - Number(b.first.allowed) || byCodeUnit(a.first.time, b.first.time),
    );
    summary.addHeading("Egress", 4);
    summary.addTable([
      headerRow("host", "port", "method", "decision", "rule", "address", "requests"),
      ...rows
        .slice(0, MAX_ROWS)
        .map(({ first, methods, count }) => [
          code(first.host),
          String(first.port),
          cell([...methods].join(", ")),
          first.allowed ? "allowed" : "<strong>refused</strong>",
          cell(first.rule),
          first.address ? code(first.address) : "",
          String(count),
        ]),
    ]);
    more(summary, rows.length, "destinations");
  }
  return summary;
}

function more(summary: typeof core.summary, count: number, what: string): void {
  if (count > MAX_ROWS)
    summary.addRaw(`<p>… and ${count - MAX_ROWS} more ${what} (see the audit log).</p>`, true);
}

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("|", "&#124;");
}
