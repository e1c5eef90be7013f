// The job summary from an audit log: calls, refusals and egress in their own tables, redacted and
// HTML-escaped.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summary } from "@actions/core";
import { describe, expect, it } from "vitest";
import { readAudit, writeSummary } from "../../src/action/summary.js";
import type { AuditEntry } from "../../src/host/audit.js";
import { createRedactor } from "../../src/policy/redact.js";

const ghToken = `ghp_${"Ab1".repeat(12)}`;

const entries: AuditEntry[] = [
  {
    type: "call",
    time: "2025-01-01T00:00:00.000Z",
    run_id: "r",
    tool: "run_command",
    arguments: { command: `echo ${ghToken} hunter2-secret` },
    duration_ms: 12,
    is_error: false,
    exit_code: 0,
    result_bytes: 4,
  },
  {
    type: "call",
    time: "2025-01-01T00:00:01.000Z",
    run_id: "r",
    tool: "run_command",
    arguments: { command: "curl <x>" },
    duration_ms: 0,
    is_error: true,
    result_bytes: 40,
    denied: true,
    rule: "deny-commands: curl",
  },
  ...[1, 2, 3].map(
    (i): AuditEntry => ({
      type: "egress",
      run_id: "r",
      time: `2025-01-01T00:00:0${i}.000Z`,
      host: "registry.npmjs.org",
      port: 443,
      method: "CONNECT",
      allowed: true,
      rule: "*.npmjs.org",
      address: "104.16.0.1",
    }),
  ),
  {
    type: "egress",
    run_id: "r",
    time: "2025-01-01T00:00:05.000Z",
    host: "<img src=x>.evil.example",
    port: 80,
    method: "GET",
    allowed: false,
    rule: "not in allowed-domains",
  },
];

function render(list: AuditEntry[]): string {
  summary.emptyBuffer();
  writeSummary(summary, list, {
    backend: "local",
    network: "allowlist",
    redactor: createRedactor(["hunter2-secret"]),
  });
  const html = summary.stringify();
  summary.emptyBuffer();
  return html;
}

describe("job summary", () => {
  it("has a table each for calls, refusals and egress (grouped by destination), redacted and escaped", () => {
    const html = render(entries);
    expect(html).toMatch(
      /1 tool call, 0 failed, 12 ms in all\. 1 call refused by policy\. 4 egress decisions, 1 refused\./,
    );
    expect(html).toContain("<h4>Refused by policy</h4>");
    expect(html).toContain("deny-commands: curl");
    expect(html).toContain("<h4>Egress</h4>");
    // the three allowed requests are one row
    expect(html.match(/registry\.npmjs\.org/g)).toHaveLength(1);
    expect(html).toMatch(/<td>3<\/td>/);
    expect(html).toContain("<strong>refused</strong>");
    expect(html).not.toContain(ghToken);
    expect(html).not.toContain("hunter2-secret");
    expect(html).toContain("[REDACTED:github-token] [REDACTED:redact]");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x&gt;");
    expect(html).toContain("curl &lt;x&gt;");
  });

  it("has no extra tables when there is nothing to show", () => {
    const html = render(entries.slice(0, 1));
    expect(html).not.toContain("Refused by policy");
    expect(html).not.toContain("Egress");
  });

  it("reads a log with a torn last line and lines from before entries had a type", () => {
    const dir = mkdtempSync(join(tmpdir(), "sbx-summary-"));
    try {
      const path = join(dir, "audit.jsonl");
      const old = {
        time: "t",
        run_id: "r",
        tool: "read_file",
        arguments: {},
        duration_ms: 1,
        is_error: false,
        result_bytes: 1,
      };
      writeFileSync(path, `${JSON.stringify(old)}\n${JSON.stringify(entries[4])}\n{"type":"ca`);
      expect(readAudit(path).map((e) => e.type)).toEqual(["call", "egress"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("has one line on the sandbox's health: respawns and the last error, redacted and escaped", () => {
    summary.emptyBuffer();
    writeSummary(summary, [], {
      backend: "local",
      network: "none",
      mode: "persistent",
      health: {
        healthy: false,
        state: "failed",
        consecutive_ok: 0,
        consecutive_failures: 3,
        last_ok: "2025-01-01T00:00:00.000Z",
        last_error: `gave up <b>${ghToken}</b>`,
        respawns: 2,
      },
    });
    const html = summary.stringify();
    summary.emptyBuffer();
    expect(html).toContain(
      "Sandbox (persistent): failed for good, 2 respawns, last check failed 3x in a row",
    );
    expect(html).toContain("&lt;b&gt;");
    expect(html).not.toContain(ghToken);
  });
});
