// The CLI as users run it: the built bundle in a child process, real sandbox, real exit codes.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { SANDBOX_GID, SANDBOX_UID } from "../../src/backends/layout.js";
import { chunkCacheDir } from "../../src/host/cache-dir.js";
import { CLIENT_CA_ENV } from "../../src/mtls/exchange.js";
import { type Outcome, runBundle } from "../support/bundle.js";
import { engineAvailable, TEST_IMAGES, testDockerHost } from "../support/engines.js";
import { until } from "../support/processes.js";

function cli(
  args: string[],
  options: { cwd?: string; stdin?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Outcome> {
  return runBundle("index.js", args, { cwd: options.cwd ?? tmpdir(), ...options });
}

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "sbx-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * The host's policy applied by `run` itself: results, --json, errors and the audit log carry no
 * secret (a redact value, a secret: env value, a GitHub-token shape); refusals are tool errors.
 */
async function expectPolicyHeld(
  backendArgs: string[],
  env: NodeJS.ProcessEnv = process.env,
  prepare: (dir: string) => void = () => {},
): Promise<void> {
  const hex = () => randomBytes(8).toString("hex");
  const redactValue = `redact-${hex()}`;
  const envSecret = `env-secret-${hex()}`;
  const githubToken = `ghp_${randomBytes(27).toString("base64").replace(/[+/]/g, "z").slice(0, 36)}`;
  const dir = workspace({
    "calls.json": JSON.stringify([
      { tool: "run_command", args: { command: `echo "${redactValue} $API_KEY ${githubToken}"` } },
      { tool: "run_command", args: { command: "touch refused; curl -s http://example.com" } },
      { tool: "read_file", args: { path: `missing-${envSecret}` } },
    ]),
  });
  prepare(dir);
  const args = ["run", "--calls", "calls.json", "--audit-log", "audit.jsonl", ...backendArgs];
  const policy = ["--redact", redactValue, "--env", `secret:API_KEY=${envSecret}`, "--deny-commands", "curl"];
  for (const json of [true, false]) {
    const out = await cli([...args, ...policy, ...(json ? ["--json"] : [])], { cwd: dir, env });
    expect(out.code, out.stderr).toBe(1);
    for (const secret of [redactValue, envSecret, githubToken]) {
      expect(out.stdout).not.toContain(secret);
      expect(out.stderr).not.toContain(secret);
      expect(readFileSync(join(dir, "audit.jsonl"), "utf8")).not.toContain(secret);
    }
    expect(() => readFileSync(join(dir, "refused"))).toThrow();
    if (!json) {
      expect(out.stdout).toContain("[REDACTED:redact] [REDACTED:redact] [REDACTED:github-token]");
      expect(out.stderr).toMatch(/1 refused by policy/);
      continue;
    }
    const results = JSON.parse(out.stdout);
    expect(results[0]).toMatchObject({
      isError: false,
      text: expect.stringContaining("[REDACTED:redact] [REDACTED:redact] [REDACTED:github-token]"),
      structuredContent: { stdout: "[REDACTED:redact] [REDACTED:redact] [REDACTED:github-token]\n" },
    });
    expect(results[1]).toMatchObject({
      isError: true,
      text: expect.stringMatching(/rule: deny-commands \/curl\//),
    });
    expect(results[2].text).toContain("missing-[REDACTED:redact]");
  }
  const audit = readFileSync(join(dir, "audit.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(audit.filter((e) => e.denied).map((e) => [e.tool, e.rule])).toEqual([
    ["run_command", "deny-commands: curl"],
    ["run_command", "deny-commands: curl"],
  ]);
  expect(audit[0].arguments.command).toBe('echo "[REDACTED:redact] $API_KEY [REDACTED:github-token]"');
}

describe("cli without a sandbox", () => {
  it("on a Node older than 22.19 says so at once, exit 2, instead of failing in some library later", () => {
    // what a machine's Debian Node 20 gets: the docker backend's HTTP client needs zlib's zstd
    const preload = join(mkdtempSync(join(tmpdir(), "sbx-old-node-")), "old.cjs");
    writeFileSync(preload, 'Object.defineProperty(process.versions, "node", { value: "20.20.2" });\n');
    const old = spawnSync(
      process.execPath,
      ["--require", preload, join(inject("distDir"), "index.js"), "gc"],
      {
        encoding: "utf8",
      },
    );
    expect(old.status).toBe(2);
    expect(old.stderr).toContain("Node.js 22.19 or newer is needed");
    expect(old.stderr).toContain("scripts/setup.sh");
    expect(old.stdout).toBe("");
  });

  it("--version and --help", async () => {
    const version = await cli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/run\s+Start a sandbox/);
    expect(help.stdout).toMatch(/Exit codes/);
    const runHelp = await cli(["run", "--help"]);
    expect(runHelp.stdout).toMatch(/--calls FILE\|-/);
    expect(runHelp.stdout).toMatch(/--network none\|allowlist\|open/);
  });

  it("exit 2 for usage errors, naming the problem, before any sandbox starts", async () => {
    const dir = workspace({ "bad.yaml": "- tool: rm_rf\n", "ok.yaml": "- tool: list_directory\n" });
    const unknownTool = await cli(["run", "--calls", "bad.yaml"], {
      cwd: dir,
      env: { ...process.env, PATH: "/nonexistent" },
    });
    expect(unknownTool.code).toBe(2);
    expect(unknownTool.stderr).toMatch(/unknown tool "rm_rf"/);
    expect((await cli(["run"], { cwd: dir })).stderr).toMatch(/--calls FILE\|- is required/);
    expect((await cli(["run", "--calls", "nope.yaml"], { cwd: dir })).code).toBe(2);
    const badFlag = await cli(["run", "--calls", "ok.yaml", "--network", "wide"], { cwd: dir });
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/network: "wide" is not one of none, allowlist, open/);
    expect((await cli(["frobnicate"])).code).toBe(2);
    expect((await cli(["run", "--calls", "ok.yaml", "--bogus"], { cwd: dir })).stderr).toMatch(
      /unknown option --bogus/,
    );
  });

  it("exit 2 for a calls file naming a tool the tools option does not allow, before any sandbox starts", async () => {
    const dir = workspace({
      "calls.yaml": "- tool: list_directory\n  args: {path: .}\n- tool: run_command\n  args: {command: ls}\n",
    });
    const out = await cli(["run", "--calls", "calls.yaml", "--tools", "list_directory,read_file"], {
      cwd: dir,
      env: { ...process.env, PATH: "/nonexistent" },
    });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(
      /calls.yaml: call 2: the tool "run_command" is not allowed by the tools option \(allowed: list_directory, read_file\)/,
    );
  });
});

describe.skipIf(!engineAvailable("bwrap"))("cli run on the local backend", () => {
  it("runs calls and prints the --json shape; exit 0", async () => {
    const dir = workspace({
      "calls.yaml":
        "- tool: run_command\n  args: {command: 'echo hi; pwd'}\n- tool: read_file\n  args: {path: note.txt}\n",
      "note.txt": "a note\n",
    });
    const out = await cli(["run", "--calls", "calls.yaml", "--json"], { cwd: dir });
    expect(out.code, out.stderr).toBe(0);
    const results = JSON.parse(out.stdout);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      tool: "run_command",
      isError: false,
      structuredContent: { exit_code: 0, stdout: "hi\n/workspace\n" },
    });
    expect(typeof results[0].duration_ms).toBe("number");
    expect(results[1]).toMatchObject({ tool: "read_file", isError: false });
    expect(results[1].text).toContain("a note");
    expect(Object.keys(results[1]).sort()).toEqual(["duration_ms", "isError", "text", "tool"]);
  });

  it("exit 1 when a call fails, and reads calls from stdin", async () => {
    const dir = workspace();
    const calls = JSON.stringify([
      { tool: "run_command", args: { command: "exit 3" } },
      { tool: "read_file", args: { path: "missing" } },
    ]);
    const out = await cli(["run", "--calls", "-", "--audit-log", "audit.jsonl"], { cwd: dir, stdin: calls });
    expect(out.code, out.stderr).toBe(1);
    expect(out.stdout).toMatch(/run_command .* · error/);
    const audit = readFileSync(join(dir, "audit.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(audit.map((e) => [e.tool, e.is_error, e.exit_code])).toEqual([
      ["run_command", true, 3],
      ["read_file", true, undefined],
    ]);
  });

  it("applies the host's policy itself: results, --json, errors and the audit log carry no secret; refusals are tool errors", async () => {
    await expectPolicyHeld([]);
  });

  it("makes the server's code cache after a first run, and the CLI's chunk caches; the commands never see it; off means off", async () => {
    const cacheHome = mkdtempSync(join(tmpdir(), "sbx-xdg-"));
    const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
    const dir = workspace({
      "calls.json": JSON.stringify([
        {
          tool: "run_command",
          args: { command: "test -r /.sandbox/server.v8cache && echo cache; touch /.sandbox/server.v8cache" },
        },
      ]),
    });
    const first = await cli(["run", "--calls", "calls.json", "--json"], { cwd: dir, env });
    expect(first.code, first.stderr).toBe(1); // touch fails either way: the root is read-only
    expect(JSON.parse(first.stdout)[0].structuredContent.stdout).toBe("");
    const cacheDir = join(cacheHome, "sandbox-action");
    const made = () => readdirSync(cacheDir).filter((name) => name.endsWith(".v8cache"));
    expect(await until(() => made().length === 1, 15_000)).toBe(true);
    // the CLI's chunk caches, written as the first run exited
    expect(readdirSync(chunkCacheDir(cacheDir)).length).toBeGreaterThan(0);

    // the server's only: bound into its compartment, out of the commands' (ADR 0014)
    const cache = join(cacheDir, made()[0] as string);
    const before = readFileSync(cache);
    const second = await cli(["run", "--calls", "calls.json", "--json"], { cwd: dir, env });
    const result = JSON.parse(second.stdout)[0];
    expect(result.structuredContent.stdout).toBe("");
    expect(readFileSync(cache).equals(before)).toBe(true);

    const offHome = mkdtempSync(join(tmpdir(), "sbx-xdg-"));
    const off = await cli(["run", "--calls", "calls.json", "--json"], {
      cwd: dir,
      env: { ...process.env, XDG_CACHE_HOME: offHome, SANDBOX_ACTION_CODE_CACHE: "off" },
    });
    expect(JSON.parse(off.stdout)[0].structuredContent.stdout).toBe("");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(readdirSync(offHome)).toEqual([]);
  });

  it("starts the sandbox before it loads node:crypto: the client CA follows on the server's stdin", async () => {
    const dir = workspace({
      "calls.json": JSON.stringify([
        { tool: "run_command", args: { command: `echo "ca=\${${CLIENT_CA_ENV}-unset}"` } },
      ]),
      // what the process had loaded when it spawned its first child (bwrap), written at exit
      "probe.cjs": `const cp = require("node:child_process"); const spawn = cp.spawn; let seen;
cp.spawn = function (...args) {
  seen ??= { command: String(args[0]), crypto: process.moduleLoadList.includes("NativeModule crypto") };
  return spawn.apply(this, args);
};
process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(join("PROBE_DIR", "probe.json"))}.replace("PROBE_DIR", __dirname), JSON.stringify(seen)));`,
    });
    const env = { ...process.env, NODE_OPTIONS: `--require ${join(dir, "probe.cjs")}` };
    // the first start of a build hashes the server bundle once (the code cache's name); not this one
    await cli(["run", "--calls", "calls.json", "--json"], { cwd: dir, env: process.env });
    const out = await cli(["run", "--calls", "calls.json", "--json"], { cwd: dir, env });
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "probe.json"), "utf8"))).toEqual({
      // started by root: perl's wrapper, which drops to the sandbox's uid and execs bwrap (ADR 0013)
      command: expect.stringMatching(process.getuid?.() === 0 ? /perl$/ : /bwrap$/),
      crypto: false,
    });
    // the server got it all the same, and commands do not see it
    expect(JSON.parse(out.stdout)[0].structuredContent.stdout).toBe("ca=unset\n");
  });

  it("keeps code caches of the CLI's chunks: made as the first start exits, then used as they are, made again when V8 rejects one", async () => {
    const cacheHome = mkdtempSync(join(tmpdir(), "sbx-xdg-"));
    const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
    // bad input: `run` loads its modules, then stops before any sandbox
    const dir = workspace({ "calls.json": JSON.stringify([{ tool: "no_such_tool", args: {} }]) });
    const start = () => cli(["run", "--calls", "calls.json"], { cwd: dir, env });
    const first = await start();
    expect(first.code, first.stderr).toBe(2);
    const caches = chunkCacheDir(join(cacheHome, "sandbox-action"));
    const made = () =>
      Object.fromEntries(
        readdirSync(caches).map((name) => {
          const stat = statSync(join(caches, name));
          return [name, { ino: stat.ino, size: stat.size }];
        }),
      );
    const afterFirst = made();
    const chunks = readdirSync(join(inject("distDir"), "chunks"));
    expect(Object.keys(afterFirst).length).toBeGreaterThan(5);
    for (const [name, { size }] of Object.entries(afterFirst)) {
      expect(chunks).toContain(name.replace(/\.v8cache$/, ".js"));
      expect(size).toBeGreaterThan(100);
    }
    expect(Object.keys(afterFirst)).toContainEqual(expect.stringMatching(/^run-/));

    // accepted by V8, so not written again
    const second = await start();
    expect(second).toEqual(first);
    expect(made()).toEqual(afterFirst);

    const runCache = Object.keys(afterFirst).find((name) => name.startsWith("run-")) as string;
    writeFileSync(join(caches, runCache), "not a code cache");
    const third = await start();
    expect(third).toEqual(first);
    const afterThird = made();
    expect(afterThird[runCache]?.size).toBeGreaterThan(100);
    expect(afterThird[runCache]?.ino).not.toBe(afterFirst[runCache]?.ino);
  });

  it("exit 3 with a fix when bubblewrap is missing: never runs unsandboxed", async () => {
    const dir = workspace({
      "calls.yaml": "- tool: run_command\n  args: {command: 'touch ran-unsandboxed'}\n",
    });
    const out = await cli(["run", "--calls", "calls.yaml"], {
      cwd: dir,
      env: { ...process.env, PATH: "/nonexistent" },
    });
    expect(out.code).toBe(3);
    expect(out.stderr).toMatch(/bubblewrap|bwrap/);
    expect(out.stderr).toMatch(/fix:/);
    expect(() => readFileSync(join(dir, "ran-unsandboxed"))).toThrow();
  });

  it("exit 3 within the deadline when the server never becomes ready, leaving nothing behind", async () => {
    const dir = workspace({
      "calls.yaml": "- tool: list_directory\n  args: {path: .}\n",
      "mute.js": "setInterval(() => {}, 1000);\n",
    });
    const started = Date.now();
    const out = await cli(["run", "--calls", "calls.yaml", "--ready-timeout", "1s"], {
      cwd: dir,
      env: { ...process.env, SANDBOX_ACTION_SERVER_BUNDLE: join(dir, "mute.js"), RUNNER_TEMP: dir },
    });
    expect(out.code, out.stderr).toBe(3);
    expect(out.stderr).toMatch(/did not print its CA within 1000 ms/);
    expect(Date.now() - started).toBeLessThan(10_000);
    // The run directory (and with it the sandbox) is gone.
    expect(readdirSync(join(dir, "sandbox-action"))).toEqual([]);
  });
});

describe.skipIf(!engineAvailable("docker"))("cli run on the docker backend", () => {
  it("applies the same host policy: no secret in results, --json, errors or the audit log", async () => {
    await expectPolicyHeld(
      ["--backend", "docker", "--image", TEST_IMAGES.node],
      {
        ...process.env,
        DOCKER_HOST: testDockerHost(),
      },
      // as root, containers run as uid 1000, which must be able to enter the workspace
      (dir) => {
        if (process.getuid?.() === 0) chownSync(dir, SANDBOX_UID, SANDBOX_GID);
      },
    );
  });
});
