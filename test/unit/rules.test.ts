// Host-side rules: the tools allowlist and the run_command patterns.
import { describe, expect, it } from "vitest";
import { checkCallsAllowed } from "../../src/cli/calls.js";
import { resolveConfig } from "../../src/config/index.js";
import { HostRules } from "../../src/policy/rules.js";

function rules(options: Record<string, string | string[]>) {
  return new HostRules(resolveConfig(options, { cwd: process.cwd() }));
}

describe("host rules", () => {
  it("allows everything by default", () => {
    const r = rules({});
    expect(r.toolAllowed("run_command")).toBe(true);
    expect(r.check("run_command", { command: "rm -rf /" })).toBeUndefined();
    expect(r.check("anything", {})).toBeUndefined();
  });

  it("tools: only the listed tools are listed and callable", () => {
    const r = rules({ tools: "read_file,list_directory" });
    expect(
      r.filterTools([{ name: "read_file" }, { name: "run_command" }, { name: "list_directory" }]),
    ).toEqual([{ name: "read_file" }, { name: "list_directory" }]);
    const denial = r.check("run_command", { command: "ls" });
    expect(denial?.rule).toBe("tools");
    expect(denial?.message).toMatch(
      /refused by the host's policy \(rule: tools\).*"run_command".*read_file, list_directory/,
    );
    expect(r.check("no_such_tool", {})?.rule).toBe("tools");
    expect(r.check("read_file", { path: "x" })).toBeUndefined();
  });

  it("deny-commands: a matching command is refused, naming the pattern", () => {
    const r = rules({ "deny-commands": ["\\bcurl\\b", "^rm\\b"] });
    expect(r.check("run_command", { command: "curl https://example.com" })).toMatchObject({
      rule: "deny-commands: \\bcurl\\b",
    });
    expect(r.check("run_command", { command: "rm -rf x" })?.message).toMatch(/deny-commands \/\^rm\\b\//);
    expect(r.check("run_command", { command: "echo curly" })).toBeUndefined();
    expect(r.check("read_file", { path: "curl" })).toBeUndefined();
  });

  it("allow-commands: only matching commands run; deny wins over allow", () => {
    const r = rules({ "allow-commands": ["^npm (test|run lint)$", "^git status"], "deny-commands": "lint" });
    expect(r.check("run_command", { command: "npm test" })).toBeUndefined();
    expect(r.check("run_command", { command: "git status --short" })).toBeUndefined();
    expect(r.check("run_command", { command: "npm test; curl x" })?.rule).toBe("allow-commands");
    expect(r.check("run_command", { command: "npm run lint" })?.rule).toBe("deny-commands: lint");
  });

  it("fails closed on a command it cannot read", () => {
    const r = rules({ "deny-commands": "curl" });
    expect(r.check("run_command", { command: ["curl", "x"] })?.rule).toBe("deny-commands");
    expect(r.check("run_command", {})?.rule).toBe("deny-commands");
    expect(rules({ "allow-commands": "^ls$" }).check("run_command", undefined)?.rule).toBe("allow-commands");
  });

  it("a stateful (g) pattern gives the same answer every time", () => {
    const r = new HostRules({ tools: undefined, denyCommands: [/curl/g], allowCommands: [] });
    for (let i = 0; i < 3; i++)
      expect(r.check("run_command", { command: "curl x" })?.rule).toBe("deny-commands: curl");
  });

  it("a calls file naming a disallowed tool is a configuration error", () => {
    const r = rules({ tools: "read_file" });
    expect(() =>
      checkCallsAllowed(
        [
          { tool: "read_file", args: {} },
          { tool: "run_command", args: { command: "ls" } },
        ],
        r,
        "calls.yaml",
      ),
    ).toThrow(
      /calls.yaml: call 2: the tool "run_command" is not allowed by the tools option \(allowed: read_file\)/,
    );
    expect(() =>
      checkCallsAllowed(
        [{ tool: "run_command", args: { command: "curl" } }],
        rules({ "deny-commands": "curl" }),
        "x",
      ),
    ).not.toThrow();
  });
});
