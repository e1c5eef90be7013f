// The host's policy in the proxy, in front of a real sandbox server (direct target): the tools
// allowlist, command rules (refused on the host, never reaching the sandbox, audited) and the
// redaction of results, errors and the audit log. Token-shaped samples are made at run time.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/config/index.js";
import { AuditLog } from "../../src/host/audit.js";
import { hostPolicy } from "../../src/policy/index.js";
import { type McpProxy, newToken, startProxy } from "../../src/proxy/index.js";
import { type DirectTarget, startDirectTarget } from "../support/direct-target.js";
import { type Agent, connectAgent } from "./helpers.js";

const hex = (n: number) => randomBytes(n).toString("hex");
const redactValue = `redact-me-${hex(8)}`;
const envSecret = `env-secret-${hex(8)}`;
const githubToken = `ghp_${randomBytes(27).toString("base64").replace(/[+/]/g, "x").slice(0, 36)}`;
const token = newToken();
const logs: string[] = [];
let dir: string;
let auditPath: string;
let target: DirectTarget;
let proxy: McpProxy;
let agent: Agent;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sbx-policy-test-"));
  auditPath = join(dir, "audit.jsonl");
  const config = resolveConfig(
    {
      tools: "run_command,read_file,list_directory",
      "deny-commands": ["\\bcurl\\b", "^rm "],
      "allow-commands": ["^(echo|printf|touch|cat|exit|sh)\\b"],
      redact: redactValue,
      env: `secret:API_KEY=${envSecret}`,
      workspace: dir,
    },
    { cwd: dir },
  );
  // What the backend would put in the sandbox's environment.
  target = await startDirectTarget({ env: config.env });
  const policy = hostPolicy(config);
  proxy = await startProxy({
    upstream: target.client,
    token,
    runId: "run-policy-test",
    audit: new AuditLog(auditPath, { redactor: policy.redactor }),
    policy,
    defaultTimeoutMs: 60_000,
    log: (line) => logs.push(line),
  });
  agent = await connectAgent(proxy.url, token);
});

afterAll(async () => {
  await agent?.close();
  await proxy?.close();
  await target?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function text(result: CallToolResult): string {
  return result.content.map((item) => (item.type === "text" ? item.text : "")).join("\n");
}

async function call(name: string, args: Record<string, unknown>) {
  return (await agent.client.callTool({ name, arguments: args })) as CallToolResult;
}

function auditLines(): Record<string, unknown>[] {
  return readFileSync(auditPath, "utf8")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("tools allowlist", () => {
  it("lists only the allowed tools", async () => {
    const { tools } = await agent.client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(["list_directory", "read_file", "run_command"]);
  });

  it("refuses an unlisted tool with a tool error naming the rule; the sandbox never sees it", async () => {
    const before = auditLines().length;
    const result = await call("write_file", { path: "planted.txt", content: "x" });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/refused by the host's policy \(rule: tools\): the tool "write_file"/);
    expect(existsSync(join(target.workspace, "planted.txt"))).toBe(false);
    const unknown = await call("no_such_tool", {});
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toMatch(/rule: tools/);
    expect(auditLines().slice(before)).toMatchObject([
      { type: "call", tool: "write_file", denied: true, rule: "tools", is_error: true },
      { type: "call", tool: "no_such_tool", denied: true, rule: "tools", is_error: true },
    ]);
  });
});

describe("command rules", () => {
  it("refuses a command matching deny-commands before it runs, and audits it", async () => {
    const before = auditLines().length;
    const result = await call("run_command", { command: "touch ran-anyway; curl http://example.com" });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toBeUndefined();
    expect(text(result)).toMatch(/rule: deny-commands \/\\bcurl\\b\//);
    expect(existsSync(join(target.workspace, "ran-anyway"))).toBe(false);
    const [entry] = auditLines().slice(before);
    expect(entry).toMatchObject({
      type: "call",
      tool: "run_command",
      arguments: { command: "touch ran-anyway; curl http://example.com" },
      denied: true,
      rule: "deny-commands: \\bcurl\\b",
      is_error: true,
    });
    expect(entry?.exit_code).toBeUndefined();
  });

  it("refuses a command that matches no allow-commands pattern", async () => {
    const result = await call("run_command", { command: "ls -la" });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/rule: allow-commands/);
    expect(auditLines().at(-1)).toMatchObject({ denied: true, rule: "allow-commands" });
  });

  it("runs an allowed command as usual", async () => {
    const result = await call("run_command", { command: "touch allowed && echo fine" });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ exit_code: 0, stdout: "fine\n" });
    expect(existsSync(join(target.workspace, "allowed"))).toBe(true);
    expect(auditLines().at(-1)).not.toHaveProperty("denied");
  });

  it("counts refusals in the proxy's stats", () => {
    expect(proxy.stats().denied).toBe(4);
  });
});

describe("redaction", () => {
  const secrets = () => [redactValue, envSecret, githubToken];

  it("a command printing a redact value, an env secret and a GitHub token returns none of them", async () => {
    const result = await call("run_command", {
      command: `echo "r=${redactValue}"; echo "e=$API_KEY" >&2; printf '%s' '${githubToken}'; printf '{"k":"%s"}' "$API_KEY"`,
    });
    expect(result.isError).toBeFalsy();
    const everything = JSON.stringify(result);
    for (const secret of secrets()) expect(everything).not.toContain(secret);
    expect(result.structuredContent).toMatchObject({
      exit_code: 0,
      stdout: `r=[REDACTED:redact]\n[REDACTED:github-token]{"k":"[REDACTED:redact]"}`,
      stderr: "e=[REDACTED:redact]\n",
    });
    expect(text(result)).toContain("r=[REDACTED:redact]");
    expect(text(result)).toContain("[REDACTED:github-token]");
  });

  it("redacts the values from arguments in the audit log, and from errors", async () => {
    const result = await call("read_file", { path: `missing-${envSecret}.txt` });
    expect(result.isError).toBe(true);
    expect(text(result)).toContain("missing-[REDACTED:redact].txt");
    expect(text(result)).not.toContain(envSecret);
    const content = readFileSync(auditPath, "utf8");
    for (const secret of [...secrets(), token]) expect(content).not.toContain(secret);
    expect(content).toContain("[REDACTED:github-token]");
    expect(content).toContain("r=[REDACTED:redact]");
  });

  it("a value cut in two by the output cap leaves no part of it behind", async () => {
    // The cap keeps the first and the last 64 KiB: put the value across each boundary.
    const head = 65_536 - 6;
    const result = await call("run_command", {
      command: `sh -c 'head -c ${head} /dev/zero | tr "\\0" a; printf %s "$API_KEY"; head -c 200000 /dev/zero | tr "\\0" b; printf %s "$API_KEY"; head -c ${head} /dev/zero | tr "\\0" c'`,
    });
    const stdout = (result.structuredContent as { stdout: string; truncated: boolean }).stdout;
    expect((result.structuredContent as { truncated: boolean }).truncated).toBe(true);
    expect(stdout).toMatch(
      /^a+\[REDACTED:redact\]\n\[\.\.\. .* truncated by sandbox-action \.\.\.\]\n\[REDACTED:redact\]c+$/,
    );
    expect(JSON.stringify(result)).not.toContain(envSecret.slice(0, 6));
    expect(JSON.stringify(result)).not.toContain(envSecret.slice(-6));
  });

  it("no log line carries a secret or the token", () => {
    for (const line of logs) for (const secret of [...secrets(), token]) expect(line).not.toContain(secret);
  });
});
