// The job summary: every tool call of the run, from the audit log, with totals and the policy.
import { readFileSync } from "node:fs";
import type * as core from "@actions/core";
import { shortArgs } from "../cli/output.js";
import type { AuditEntry } from "../host/audit.js";

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
        return [JSON.parse(line) as AuditEntry];
      } catch {
        return [];
      }
    });
}

export function writeSummary(
  summary: typeof core.summary,
  entries: AuditEntry[],
  policy: { backend: string; network: string; sandboxId?: string },
): typeof core.summary {
  const failed = entries.filter((e) => e.is_error).length;
  const totalMs = entries.reduce((sum, e) => sum + e.duration_ms, 0);
  summary
    .addHeading("sandbox-action", 3)
    .addRaw(
      `Backend <code>${policy.backend}</code>, network <code>${policy.network}</code>` +
        `${policy.sandboxId ? `, sandbox <code>${policy.sandboxId}</code>` : ""}. ` +
        `${entries.length} tool call${entries.length === 1 ? "" : "s"}, ${failed} failed, ${totalMs} ms in all.`,
      true,
    );
  if (entries.length > 0) {
    summary.addTable([
      [
        { data: "tool", header: true },
        { data: "arguments", header: true },
        { data: "duration", header: true },
        { data: "result", header: true },
      ],
      ...entries.map((e) => [
        e.tool,
        `<code>${escapeHtml(shortArgs((e.arguments ?? {}) as Record<string, unknown>))}</code>`,
        `${e.duration_ms} ms`,
        e.exit_code !== undefined ? `exit ${e.exit_code}` : e.is_error ? "error" : "ok",
      ]),
    ]);
  }
  return summary;
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
