import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { ConfigError, parseDuration, parseSize, resolveConfig } from "../../src/config/index.js";

const cwd = mkdtempSync(join(tmpdir(), "sbx-config-"));

describe("units", () => {
  it("reads durations", () => {
    expect(parseDuration("500ms")).toBe(500);
    expect(parseDuration("30s")).toBe(30_000);
    expect(parseDuration("5m")).toBe(300_000);
    expect(parseDuration("1h")).toBe(3_600_000);
    expect(parseDuration("250")).toBe(250);
    expect(parseDuration("1.5s")).toBe(1500);
    expect(parseDuration("soon")).toBeUndefined();
    expect(parseDuration("-1s")).toBeUndefined();
  });
  it("reads sizes", () => {
    expect(parseSize("256m")).toBe(256 * 1024 ** 2);
    expect(parseSize("2g")).toBe(2 * 1024 ** 3);
    expect(parseSize("2GiB")).toBe(2 * 1024 ** 3);
    expect(parseSize("512k")).toBe(512 * 1024);
    expect(parseSize("100")).toBe(100);
    expect(parseSize("lots")).toBeUndefined();
  });
});

describe("resolveConfig", () => {
  it("applies defaults", () => {
    const config = resolveConfig({}, { cwd });
    expect(config).toMatchObject({
      backend: "local",
      workspace: cwd,
      workspaceMode: "rw",
      network: "none",
      env: {},
      timeoutMs: 120_000,
      readyTimeoutMs: 30_000,
      image: "node:24-bookworm-slim",
      readOnlyRoot: false,
    });
  });

  it("takes the docker backend with its image and root filesystem settings", () => {
    const config = resolveConfig(
      { backend: "docker", image: "ubuntu:24.04", "read-only-root": "true" },
      { cwd },
    );
    expect(config).toMatchObject({ backend: "docker", image: "ubuntu:24.04", readOnlyRoot: true });
    expect(config.backendReason).toBe("docker: chosen by configuration");
  });

  it("reads every option", () => {
    const config = resolveConfig(
      {
        backend: "auto",
        workspace: ".",
        "workspace-mode": "ro",
        network: "open",
        env: ["A=1", "B=x=y,z"],
        timeout: "5s",
        "ready-timeout": "2s",
      },
      { cwd },
    );
    expect(config).toMatchObject({
      workspaceMode: "ro",
      network: "open",
      env: { A: "1", B: "x=y,z" },
      timeoutMs: 5000,
      readyTimeoutMs: 2000,
    });
    expect(config.backendReason).toMatch(/auto/);
  });

  it("reads the policy options: allowlist, secrets to redact, protected paths, tools, command rules, limits", () => {
    const config = resolveConfig(
      {
        network: "allowlist",
        "allowed-domains": ["api.github.com,*.npmjs.org", "10.0.0.0/8"],
        env: ["PLAIN=1", "secret:TOKEN=s3cr3t,with,commas"],
        redact: ["hunter2"],
        "protected-paths": "secrets/,config.yml",
        tools: "read_file,list_directory",
        "deny-commands": ["^curl\\b", "rm -rf /"],
        memory: "512m",
        cpus: "1.5",
        pids: "64",
        ttl: "30m",
        "max-output": "1m",
      },
      { cwd },
    );
    expect(config).toMatchObject({
      network: "allowlist",
      allowedDomains: ["api.github.com", "*.npmjs.org", "10.0.0.0/8"],
      env: { PLAIN: "1", TOKEN: "s3cr3t,with,commas" },
      redact: ["hunter2", "s3cr3t,with,commas"],
      protectedPaths: ["secrets/", "config.yml"],
      tools: ["read_file", "list_directory"],
      limits: { memoryBytes: 512 * 1024 ** 2, cpus: 1.5, pids: 64 },
      ttlMs: 1_800_000,
      maxOutputBytes: 1024 ** 2,
    });
    expect(config.denyCommands.map((r) => r.source)).toEqual(["^curl\\b", "rm -rf \\/"]);
    expect(config.allowCommands).toEqual([]);
  });

  it("reads the lifecycle options: mode, health check and respawn limits", () => {
    expect(resolveConfig({ mode: "ephemeral" }, { cwd }).mode).toBe("ephemeral");
    expect(resolveConfig({}, { cwd })).toMatchObject({
      mode: "persistent",
      healthIntervalMs: 30_000,
      healthTimeoutMs: 10_000,
      respawnThreshold: 3,
      maxRespawns: 5,
      maxSandboxes: 4,
      sessionIdleTimeoutMs: 15 * 60_000,
    });
    expect(
      resolveConfig({ mode: "ephemeral", "max-sandboxes": "8", "session-idle-timeout": "1h" }, { cwd }),
    ).toMatchObject({ maxSandboxes: 8, sessionIdleTimeoutMs: 3_600_000 });
    expect(
      resolveConfig(
        {
          mode: "persistent",
          "health-interval": "200ms",
          "health-timeout": "1s",
          "respawn-threshold": "1",
          "max-respawns": "0",
        },
        { cwd },
      ),
    ).toMatchObject({
      mode: "persistent",
      healthIntervalMs: 200,
      healthTimeoutMs: 1000,
      respawnThreshold: 1,
      maxRespawns: 0,
    });
  });

  it("keeps .git read-only unless git-writable says true, from an input or a flag", () => {
    expect(resolveConfig({}, { cwd }).gitWritable).toBe(false);
    expect(resolveConfig({ "git-writable": "false" }, { cwd }).gitWritable).toBe(false);
    expect(resolveConfig({ "git-writable": "true" }, { cwd }).gitWritable).toBe(true);
    const parsed = parseArgs(["--git-writable", "true", "--protected-paths", "deploy"], []);
    expect(resolveConfig(parsed.options, { cwd })).toMatchObject({
      gitWritable: true,
      protectedPaths: ["deploy"],
    });
  });

  it("takes newline-separated env from an action input", () => {
    expect(resolveConfig({ env: "A=1\nB=2\n" }, { cwd }).env).toEqual({ A: "1", B: "2" });
  });

  it.each([
    [{ backend: "vm" }, /backend: "vm" is not one of local, docker, kubernetes, nomad, auto/],
    [
      { backend: "kubernetes" },
      /backend: "kubernetes" is not available in this version; use local, docker or auto/,
    ],
    [{ image: "bad image" }, /image: "bad image" is not an image name/],
    [{ "read-only-root": "yes" }, /read-only-root: "yes" is not one of false, true/],
    [{ network: "allowlist" }, /network: allowlist needs allowed-domains/],
    [{ "allowed-domains": "example.com" }, /allowed-domains applies only with network: allowlist/],
    [{ network: "allowlist", "allowed-domains": "exa mple.com" }, /allowed-domains: /],
    [{ tools: "run_command,rm_rf" }, /tools: "rm_rf" is not one of run_command/],
    [{ "deny-commands": "(" }, /deny-commands: "\(" is not a valid regular expression/],
    [{ memory: "lots" }, /memory: "lots" is not a size/],
    [
      { "protected-paths": "../outside" },
      /protected-paths: protected path "..\/outside" must be a path inside the workspace/,
    ],
    [{ cpus: "-1" }, /cpus: "-1" is not a positive number/],
    [{ "git-writable": "yes" }, /git-writable: "yes" is not one of false, true/],
    [
      { "git-writable": "true", "protected-paths": "deploy,./.git/" },
      /git-writable: true contradicts protected-paths listing .git/,
    ],
    [{ network: "wide" }, /network: "wide" is not one of none, allowlist, open/],
    [{ "workspace-mode": "rx" }, /workspace-mode: "rx" is not one of rw, ro/],
    [{ workspace: "missing-dir" }, /workspace: "missing-dir" .* is not an existing directory/],
    [{ env: ["1A=x"] }, /env: "1A=x" is not KEY=VALUE/],
    [{ env: ["NOVALUE"] }, /env: "NOVALUE" is not KEY=VALUE/],
    [{ timeout: "forever" }, /timeout: "forever" is not a duration/],
    [{ bogus: "1" }, /unknown option "bogus"/],
    [{ mode: "sometimes" }, /mode: "sometimes" is not one of persistent, ephemeral/],
    [{ "health-interval": "often" }, /health-interval: "often" is not a duration/],
    [{ "health-timeout": "0" }, /health-timeout: "0" is not a duration/],
    [{ "respawn-threshold": "0" }, /respawn-threshold: "0" is not a whole number of at least 1/],
    [{ "respawn-threshold": "1.5" }, /respawn-threshold: "1.5" is not a whole number of at least 1/],
    [{ "max-respawns": "-1" }, /max-respawns: "-1" is not a whole number of at least 0/],
    [{ "max-sandboxes": "0" }, /max-sandboxes: "0" is not a whole number of at least 1/],
    [{ "max-sandboxes": "many" }, /max-sandboxes: "many" is not a whole number of at least 1/],
    [{ "session-idle-timeout": "never" }, /session-idle-timeout: "never" is not a duration/],
  ])("rejects %j", (raw, message) => {
    expect(() => resolveConfig(raw, { cwd })).toThrow(ConfigError);
    expect(() => resolveConfig(raw, { cwd })).toThrow(message);
  });
});

describe("parseArgs", () => {
  const flags = [
    { name: "calls", valueName: "FILE", description: "" },
    { name: "json", switch: true, description: "" },
  ];
  it("splits options, command flags and positionals", () => {
    const parsed = parseArgs(
      ["--calls", "c.yaml", "--json", "--env", "A=1", "--env=B=2", "--network=open", "x"],
      flags,
    );
    expect(parsed.flags).toEqual({ calls: "c.yaml", json: true });
    expect(parsed.options).toEqual({ env: ["A=1", "B=2"], network: "open" });
    expect(parsed.positionals).toEqual(["x"]);
  });
  it("takes - as a value", () => {
    expect(parseArgs(["--calls", "-"], flags).flags.calls).toBe("-");
  });
  it("names the problem", () => {
    expect(() => parseArgs(["--nope"], flags)).toThrow(/unknown option --nope/);
    expect(() => parseArgs(["--calls"], flags)).toThrow(/--calls needs a value/);
    expect(() => parseArgs(["--json=1"], flags)).toThrow(/--json takes no value/);
  });
});
