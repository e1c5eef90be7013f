// The pieces of promise 5 and 8 on their own: token checks, loopback Host/Origin, audit redaction.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AuditLog } from "../../src/host/audit.js";
import { loopbackChecker } from "../../src/proxy/loopback.js";
import { bearerChecker, newToken } from "../../src/proxy/token.js";

describe("bearer token", () => {
  it("is 32 random bytes, base64url", () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(newToken()).not.toBe(token);
  });

  it("matches only `Bearer <token>`", () => {
    const token = newToken();
    const matches = bearerChecker(token);
    expect(matches(`Bearer ${token}`)).toBe(true);
    expect(matches(`bearer ${token}`)).toBe(true);
    for (const header of [
      undefined,
      "",
      token,
      `Bearer ${token}x`,
      `Bearer ${token.slice(1)}`,
      `Bearer ${token} extra`,
      `Basic ${token}`,
      `Bearer ${newToken()}`,
    ]) {
      expect(matches(header), String(header)).toBe(false);
    }
  });

  it("refuses a token too short to be a secret", () => {
    expect(() => bearerChecker("short")).toThrow(/at least 16/);
  });
});

describe("loopback Host and Origin", () => {
  const { hostAllowed, originAllowed } = loopbackChecker(4321);

  it("allows the loopback names with the proxy's port", () => {
    for (const host of ["127.0.0.1:4321", "localhost:4321", "LOCALHOST:4321", "[::1]:4321"]) {
      expect(hostAllowed(host), host).toBe(true);
    }
    for (const origin of [undefined, "http://127.0.0.1:4321", "http://localhost:4321"]) {
      expect(originAllowed(origin), origin).toBe(true);
    }
  });

  it("refuses anything else", () => {
    for (const host of [
      undefined,
      "",
      "localhost",
      "127.0.0.1:1234",
      "evil.example:4321",
      "127.0.0.1.nip.io:4321",
    ]) {
      expect(hostAllowed(host), host).toBe(false);
    }
    for (const origin of [
      "null",
      "http://evil.example:4321",
      "https://localhost:4321",
      "http://localhost:1",
    ]) {
      expect(originAllowed(origin), origin).toBe(false);
    }
  });
});

describe("audit log redaction", () => {
  it("never writes a redacted secret, however it is quoted", () => {
    const dir = mkdtempSync(join(tmpdir(), "sbx-audit-"));
    try {
      const audit = new AuditLog(join(dir, "a.jsonl"));
      const secret = 'p"a\\ss';
      audit.redact(secret);
      audit.redact("");
      audit.record({
        time: "t",
        run_id: "r",
        tool: "run_command",
        arguments: { command: `echo ${secret}` },
        duration_ms: 1,
        is_error: true,
        result_bytes: 0,
        error: `failed with ${secret}`,
      });
      const line = readFileSync(join(dir, "a.jsonl"), "utf8");
      expect(line).not.toContain(JSON.stringify(secret).slice(1, -1));
      expect(JSON.parse(line)).toMatchObject({
        arguments: { command: "echo [REDACTED:token]" },
        error: "failed with [REDACTED:token]",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
