// The audit log: call and egress lines, redacted, private to the user, complete line by line.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AuditLog } from "../../src/host/audit.js";
import { createRedactor } from "../../src/policy/redact.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("audit log", () => {
  it("writes call and egress lines, redacted, readable at once, mode 0600", () => {
    dir = mkdtempSync(join(tmpdir(), "sbx-audit-unit-"));
    const path = join(dir, "nested", "audit.jsonl");
    const audit = new AuditLog(path, { redactor: createRedactor(["s3cret-value"]) });
    audit.record({
      time: "t",
      run_id: "r",
      tool: "run_command",
      arguments: { command: "echo s3cret-value" },
      duration_ms: 0,
      is_error: true,
      result_bytes: 10,
      denied: true,
      rule: "deny-commands: echo",
    });
    audit.egress("r", {
      time: "t",
      host: "s3cret-value.exfil.example",
      port: 443,
      method: "CONNECT",
      allowed: false,
      rule: "not in allowed-domains",
    });
    // Written synchronously: a crash right now would lose nothing.
    const lines = readFileSync(path, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      {
        type: "call",
        time: "t",
        run_id: "r",
        tool: "run_command",
        arguments: { command: "echo [REDACTED:redact]" },
        duration_ms: 0,
        is_error: true,
        result_bytes: 10,
        denied: true,
        rule: "deny-commands: echo",
      },
      {
        type: "egress",
        run_id: "r",
        time: "t",
        host: "[REDACTED:redact].exfil.example",
        port: 443,
        method: "CONNECT",
        allowed: false,
        rule: "not in allowed-domains",
      },
    ]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    audit.close();
    audit.close();
    audit.egress("r", { time: "t", host: "late", port: 1, method: "GET", allowed: true, rule: "x" });
    expect(readFileSync(path, "utf8").trim().split("\n")).toHaveLength(2);
  });
});
