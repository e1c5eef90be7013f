// The backend contract (src/backends/types.ts) and the isolation promises every backend keeps,
// probed from inside a running sandbox with exec(). Parameterised by backend: each backend's test
// file calls defineBackendSuite with a fixture (test/backends/backend-fixture.ts) and adds what
// only it has. Where backends legitimately differ (the uid, the exit code of a killed exec, what
// pid 1 is), the suite asserts the promise, not the mechanism.
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CODE_CACHE_ENV, CODE_CACHE_INSIDE, EGRESS_DIR_INSIDE } from "../../src/backends/layout.js";
import { LABEL_RUN_ID, type Sandbox, SandboxError } from "../../src/backends/types.js";
import { type Fixture, firstLine, lineReader, RUNNER_ARGS } from "../backends/backend-fixture.js";

export async function sh(sandbox: Sandbox, script: string, options: Parameters<Sandbox["exec"]>[1] = {}) {
  const result = await sandbox.exec(["/bin/sh", "-c", script], options);
  return { ...result, out: result.stdout.toString(), err: result.stderr.toString() };
}

/** A node one-liner that connects to 127.0.0.1:port and prints "connected <data>" or the error code. */
export function tcpProbe(port: number): string {
  return `const s = require("net").connect(${port}, "127.0.0.1");
    s.setTimeout(3000, () => { console.log("ETIMEDOUT"); process.exit(1); });
    s.on("connect", () => s.once("data", (d) => { console.log("connected " + d); process.exit(0); }));
    s.on("error", (e) => { console.log(e.code); process.exit(1); });`;
}

/** A TCP listener on the host's loopback that answers "hello"; closed by the returned function. */
export async function hostListener(): Promise<{ port: number; close: () => void }> {
  const server = net.createServer((socket) => socket.end("hello"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as net.AddressInfo).port, close: () => server.close() };
}

/** the pid (inside) of the sandbox's entry process: the node whose first argument is the entry script */
export async function entryPid(sandbox: Sandbox): Promise<number> {
  const result = await sh(
    sandbox,
    // the first argument after node's flags (SERVER_NODE_FLAGS) is the script
    `for p in /proc/[0-9]*; do [ "$(tr '\\0' '\\n' < $p/cmdline 2>/dev/null | sed -n '2,$p' | grep -v '^--' | head -n 1)" = /.sandbox/server.js ] && echo \${p#/proc/}; done`,
  );
  const pids = result.out.trim().split("\n").filter(Boolean);
  expect(pids, result.out + result.err).toHaveLength(1);
  return Number(pids[0]);
}

/**
 * What a container engine sets by itself in every process's environment (Docker: HOSTNAME;
 * Podman also TERM and container): the engine's, never the host's.
 */
const ENGINE_ENV = ["HOSTNAME", "TERM", "container"];

export function defineBackendSuite(name: string, makeFixture: () => Fixture): void {
  describe(`backend (${name})`, () => {
    let fx: Fixture;
    let sandbox: Sandbox;
    const secretName = `SANDBOX_ACTION_HOST_SECRET_${process.pid}`;
    const secretValue = `host-secret-${Math.random().toString(36).slice(2)}`;

    beforeAll(async () => {
      process.env[secretName] = secretValue;
      fx = makeFixture();
      sandbox = await fx.create({
        env: { VISIBLE_VAR: "from-spec" },
        entrypoint: {
          script: fx.script,
          args: (listen) => ["--listen", listen],
          runnerArgs: RUNNER_ARGS,
          runnerEnv: { RUNNER_VAR: "runner-value" },
          env: { ENTRY_ONLY: "entry-value" },
        },
        labels: { suite: "main" },
      });
      expect(await firstLine(sandbox.stdout)).toBe("listening unix:/.sandbox/run/server.sock");
    });

    afterAll(async () => {
      delete process.env[secretName];
      await fx?.cleanup();
    });

    it("describes itself", async () => {
      expect(sandbox.backend).toBe(fx.backendName);
      expect(sandbox.id).toMatch(/^sbx-test[a-z0-9]*-[0-9a-f]{8}$/);
      expect(await sandbox.alive()).toBe(true);
    });

    it("carries bytes both ways over a channel, one connection per call", async () => {
      const roundTrip = async (payload: string) => {
        const channel = await sandbox.openChannel();
        const received = new Promise<string>((resolve) => {
          let text = "";
          channel.on("data", (chunk: Buffer) => {
            text += chunk.toString();
            if (text.length >= payload.length) resolve(text);
          });
        });
        channel.write(payload);
        const text = await received;
        channel.destroy();
        return text;
      };
      const [a, b] = await Promise.all([roundTrip("hello sandbox"), roundTrip("x".repeat(100_000))]);
      expect(a).toBe("hello sandbox");
      expect(b).toBe("x".repeat(100_000));
    });

    it("exec returns the real exit code with stdout and stderr kept apart", async () => {
      const result = await sh(sandbox, "echo out; echo err >&2; exit 42");
      expect(result.exitCode).toBe(42);
      expect(result.out).toBe("out\n");
      expect(result.err).toBe("err\n");
      expect(result.timedOut).toBe(false);
    });

    it("exec passes stdin, env and cwd, and reports a missing command as 127", async () => {
      const result = await sandbox.exec(["/bin/sh", "-c", 'pwd; echo "$GREETING"; cat'], {
        stdin: "from stdin",
        env: { GREETING: "hi" },
        cwd: "/tmp",
      });
      expect(result.stdout.toString()).toBe("/tmp\nhi\nfrom stdin");
      expect((await sandbox.exec(["no-such-command-here"])).exitCode).toBe(127);
    });

    it("exec stops a command at its timeout", async () => {
      const started = Date.now();
      const result = await sandbox.exec(["sleep", "30"], { timeoutMs: 300 });
      expect(result.timedOut).toBe(true);
      expect(result.exitCode).not.toBe(0);
      expect(Date.now() - started).toBeLessThan(5000);
      // the command itself is gone, not just our wait for it
      const left = await sh(sandbox, "ps -o args 2>/dev/null || cat /proc/[0-9]*/cmdline | tr '\\0' ' '");
      expect(left.out).not.toMatch(/sleep 30/);
    });

    it("runs as an unprivileged user with no capabilities and no_new_privs, in /workspace", async () => {
      const result = await sh(
        sandbox,
        "id -u; id -g; pwd; grep -E '^(CapEff|CapPrm|CapBnd|NoNewPrivs)' /proc/self/status",
      );
      const [uid, gid, ...rest] = result.out.split("\n");
      expect(Number(uid)).toBeGreaterThan(0);
      expect(Number(gid)).toBeGreaterThan(0);
      expect(rest.join("\n")).toBe(
        "/workspace\nCapPrm:\t0000000000000000\nCapEff:\t0000000000000000\nCapBnd:\t0000000000000000\nNoNewPrivs:\t1\n",
      );
      // the entry process too
      const pid = await entryPid(sandbox);
      const entry = await sh(sandbox, `grep -E '^(Uid|CapEff|CapBnd|NoNewPrivs)' /proc/${pid}/status`);
      expect(entry.out).toContain("CapEff:\t0000000000000000");
      expect(entry.out).toContain("CapBnd:\t0000000000000000");
      expect(entry.out).toContain("NoNewPrivs:\t1");
      expect(entry.out).toMatch(new RegExp(`^Uid:\\t${uid}\\t${uid}\\t${uid}\\t${uid}$`, "m"));
    });

    it("has the hostname sandbox", async () => {
      expect((await sh(sandbox, "hostname")).out.trim()).toBe("sandbox");
    });

    it("shows none of the host's environment, only the explicit one", async () => {
      const env = (await sandbox.exec(["env"])).stdout.toString();
      expect(env).not.toContain(secretName);
      expect(env).not.toContain(secretValue);
      expect(env).toContain("VISIBLE_VAR=from-spec");
      expect(env).not.toContain("ENTRY_ONLY");
      const names = env
        .trim()
        .split("\n")
        .map((line) => line.split("=")[0] ?? "")
        .filter((name) => !ENGINE_ENV.includes(name))
        .sort();
      // exec runs beside the commands, with their environment: the sandbox's and the runner's
      expect(names).toEqual(["HOME", "LANG", "PATH", "RUNNER_VAR", "TMPDIR", "VISIBLE_VAR"]);
      // the runner, beside the commands: the sandbox's environment and its own; the server's is
      // in a compartment of its own (ADR 0014), out of sight
      const pid = await entryPid(sandbox);
      const runnerEnv = (await sh(sandbox, `tr '\\0' '\\n' < /proc/${pid}/environ`)).out;
      expect(runnerEnv).toContain("RUNNER_VAR=runner-value");
      expect(runnerEnv).toContain("VISIBLE_VAR=from-spec");
      expect(runnerEnv).not.toContain("ENTRY_ONLY");
      expect(runnerEnv).not.toContain(secretValue);
      // not in any process of the sandbox
      const all = await sh(sandbox, "cat /proc/[0-9]*/environ 2>/dev/null | tr '\\0' '\\n'");
      expect(all.out).not.toContain(secretValue);
    });

    it("sees only its own processes", async () => {
      const result = await sh(
        sandbox,
        `for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline 2>/dev/null; echo; done`,
      );
      const commands = result.out.split("\n").filter(Boolean);
      // an init, the entry, this shell and its children: nothing of the host's
      expect(commands.length).toBeLessThan(10);
      expect(result.out).not.toContain("vitest");
      expect(result.out).not.toContain(process.argv[1] ?? "vitest");
    });

    it("lets the workspace and a private /tmp be written", async () => {
      const ok = await sh(
        sandbox,
        "echo ws > /workspace/written.txt && echo tmp > /tmp/private-file && cat /tmp/private-file",
      );
      expect(ok.exitCode, ok.err).toBe(0);
      expect(ok.out).toBe("tmp\n");
      expect(readFileSync(join(fx.workspace, "written.txt"), "utf8")).toBe("ws\n");
      expect(existsSync(join(tmpdir(), "private-file"))).toBe(false);
      expect(existsSync("/tmp/private-file")).toBe(false);
      // our own files inside are not the sandbox's to change
      for (const path of ["/.sandbox/x", "/.sandbox/server.js", "/.sandbox/bin/node"]) {
        const result = await sh(sandbox, `echo x > ${path}`);
        expect(result.exitCode, path).not.toBe(0);
      }
    });

    it("sees the host's files in the workspace", async () => {
      writeFileSync(join(fx.workspace, "from-host.txt"), "host data");
      expect((await sh(sandbox, "cat /workspace/from-host.txt")).out).toBe("host data");
    });

    it("copyIn writes into the workspace and the private /tmp, with a mode", async () => {
      await sandbox.copyIn("copied", "/workspace/sub/dir/copied.txt", 0o600);
      expect(readFileSync(join(fx.workspace, "sub/dir/copied.txt"), "utf8")).toBe("copied");
      await sandbox.copyIn(Buffer.from([0, 1, 2, 255]), "/tmp/bin.dat", 0o755);
      const result = await sh(
        sandbox,
        "stat -c %a /tmp/bin.dat /workspace/sub/dir/copied.txt; od -An -tu1 /tmp/bin.dat",
      );
      expect(result.out.split(/\s+/).filter(Boolean)).toEqual(["755", "600", "0", "1", "2", "255"]);
    });

    it("copyIn refuses paths outside /workspace and /tmp", async () => {
      await expect(sandbox.copyIn("x", "/etc/passwd")).rejects.toThrow(SandboxError);
      await expect(sandbox.copyIn("x", "/workspace/../etc/x")).rejects.toThrow(SandboxError);
      await expect(sandbox.copyIn("x", "relative.txt")).rejects.toThrow(SandboxError);
      await expect(sandbox.copyIn("x", "/workspace")).rejects.toThrow(SandboxError);
    });

    it("copyIn does not follow a workspace symlink out to the host", async () => {
      await sh(sandbox, `ln -s ${fx.dir}/outside.txt /workspace/escape.txt`);
      expect(readdirSync(fx.workspace)).toContain("escape.txt");
      await sandbox.copyIn("through the link", "/workspace/escape.txt").catch(() => {});
      expect(existsSync(join(fx.dir, "outside.txt"))).toBe(false);
    });

    it("cuts the network with policy none, even for raw TCP to the host's loopback", async () => {
      const listener = await hostListener();
      try {
        const result = await sandbox.exec(["/.sandbox/bin/node", "-e", tcpProbe(listener.port)]);
        expect(result.stdout.toString().trim()).toMatch(
          /^(ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|ETIMEDOUT)$/,
        );
        // only loopback exists
        const links = await sh(sandbox, "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '");
        expect(links.out.trim().split("\n")).toEqual(["lo"]);
      } finally {
        listener.close();
      }
    });

    it("list finds it by label; destroy is idempotent, bounded and removes everything", async () => {
      const other = await fx.create({ labels: { suite: "destroy" } });
      await firstLine(other.stdout);
      const mine = { ...fx.label, suite: "destroy" };
      expect(await fx.backend.list(mine)).toEqual([{ id: other.id, runId: other.runId }]);
      expect(await fx.backend.list({ [LABEL_RUN_ID]: other.runId })).toEqual([
        { id: other.id, runId: other.runId },
      ]);
      expect(readdirSync(fx.runDirBase)).toContain(other.id);

      const started = Date.now();
      await Promise.all([other.destroy(2000), other.destroy(2000)]);
      await other.destroy();
      expect(Date.now() - started).toBeLessThan(2500);
      expect(await other.alive()).toBe(false);
      expect(await other.exited).toEqual({ code: 0, signal: null }); // the entry handled SIGTERM
      expect(await fx.gone(other)).toBe(true);
      expect(readdirSync(fx.runDirBase)).not.toContain(other.id);
      expect(await fx.backend.list(mine)).toEqual([]);
      await expect(other.openChannel()).rejects.toThrow(SandboxError);
      await expect(other.exec(["true"])).rejects.toThrow(SandboxError);
      expect(await sandbox.alive()).toBe(true);
    });

    it("destroy kills an entry that ignores SIGTERM after the grace period", async () => {
      const script = join(fx.dir, "stubborn.mjs");
      writeFileSync(
        script,
        `process.on("SIGTERM", () => {}); console.log("up"); setInterval(() => {}, 1000);`,
      );
      const stubborn = await fx.create({
        entrypoint: { script, args: () => [], runnerArgs: RUNNER_ARGS, runnerEnv: {}, env: {} },
      });
      await firstLine(stubborn.stdout);
      const started = Date.now();
      await stubborn.destroy(300);
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect(Date.now() - started).toBeLessThan(4000);
      expect(await fx.gone(stubborn)).toBe(true);
      expect(existsSync(join(fx.runDirBase, stubborn.id))).toBe(false);
    });

    it("gives the entry process its stdin input, written after the sandbox started, where it can", async () => {
      const script = join(fx.dir, "stdin.mjs");
      writeFileSync(
        script,
        `console.log("up"); let t = ""; process.stdin.on("data", (c) => (t += c)); process.stdin.on("end", () => console.log("got " + JSON.stringify(t)));`,
      );
      let write: (text: string) => void = () => {};
      const input = new Promise<string>((resolve) => {
        write = resolve;
      });
      const reader = await fx.create({
        entrypoint: { script, args: () => [], runnerArgs: RUNNER_ARGS, runnerEnv: {}, env: {}, stdin: input },
      });
      const lines = lineReader(reader.stdout);
      expect(await lines.next()).toBe("up");
      write("line one\nline two\n");
      // a backend without entrypointStdin gives the entry process no input at all
      const expected = fx.backend.entrypointStdin ? "line one\nline two\n" : "";
      expect(await lines.next()).toBe(`got ${JSON.stringify(expected)}`);
      await reader.destroy();
      // one whose input never comes (the host failed to make it) gets an empty stdin
      const noInput = Promise.reject(new Error("no input"));
      noInput.catch(() => {}); // a backend without entrypointStdin never looks at it
      const failed = await fx.create({
        entrypoint: {
          script,
          args: () => [],
          runnerArgs: RUNNER_ARGS,
          runnerEnv: {},
          env: {},
          stdin: noInput,
        },
      });
      const failedLines = lineReader(failed.stdout);
      expect(await failedLines.next()).toBe("up");
      expect(await failedLines.next()).toBe('got ""');
      await failed.destroy();
    });

    it("reap destroys by label and leaves other sandboxes alone", async () => {
      const label = { ...fx.label, reap: `r-${process.pid}` };
      const a = await fx.create({ labels: label });
      const b = await fx.create({ labels: label });
      await Promise.all([firstLine(a.stdout), firstLine(b.stdout)]);
      const reaped = await fx.backend.reap(label);
      expect(reaped.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
      await Promise.all([a.exited, b.exited]);
      expect(await fx.gone(a)).toBe(true);
      expect(await fx.gone(b)).toBe(true);
      expect(existsSync(join(fx.runDirBase, a.id))).toBe(false);
      expect(existsSync(join(fx.runDirBase, b.id))).toBe(false);
      expect(await fx.backend.list(label)).toEqual([]);
      expect(await fx.backend.reap(label)).toEqual([]);
      expect(await sandbox.alive()).toBe(true);
    });

    it("reap by the run label removes every sandbox of that run", async () => {
      const runId = `reaprun-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
      const a = await fx.create({ runId });
      const b = await fx.create({ runId });
      const other = await fx.create();
      await Promise.all([firstLine(a.stdout), firstLine(b.stdout), firstLine(other.stdout)]);
      expect((await fx.backend.list({ [LABEL_RUN_ID]: runId })).map((r) => r.id).sort()).toEqual(
        [a.id, b.id].sort(),
      );
      const reaped = await fx.backend.reap({ [LABEL_RUN_ID]: runId });
      expect(reaped).toEqual(
        expect.arrayContaining([
          { id: a.id, runId },
          { id: b.id, runId },
        ]),
      );
      expect(reaped).toHaveLength(2);
      expect(await fx.gone(a)).toBe(true);
      expect(await fx.gone(b)).toBe(true);
      expect(readdirSync(fx.runDirBase)).not.toContain(a.id);
      expect(readdirSync(fx.runDirBase)).not.toContain(b.id);
      expect(await other.alive()).toBe(true);
      await other.destroy();
    });
  });

  describe(`backend options (${name})`, () => {
    let fx: Fixture;
    beforeAll(() => {
      fx = makeFixture();
    });
    afterAll(async () => {
      await fx?.cleanup();
    });

    it("keeps the channel working with network open", async () => {
      const open = await fx.create({ network: "open" });
      await firstLine(open.stdout);
      const channel = await open.openChannel();
      channel.write("ping");
      expect(String(await new Promise((resolve) => channel.once("data", resolve)))).toBe("ping");
      channel.destroy();
      // more than loopback
      const links = await sh(open, "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '");
      expect(links.out.trim().split("\n").length).toBeGreaterThan(1);
      await open.destroy();
    });

    it("binds the workspace read-only in ro mode", async () => {
      writeFileSync(join(fx.workspace, "ro.txt"), "read me");
      const ro = await fx.create({ workspaceMode: "ro" });
      await firstLine(ro.stdout);
      const result = await sh(ro, "cat /workspace/ro.txt; echo y > /workspace/new.txt");
      expect(result.out).toBe("read me");
      expect(result.exitCode).not.toBe(0);
      expect(existsSync(join(fx.workspace, "new.txt"))).toBe(false);
      await ro.destroy();
    });

    it("refuses the allowlist policy without the egress socket directory, leaving nothing behind", async () => {
      const error = await fx.create({ network: "allowlist" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SandboxError);
      expect((error as SandboxError).message).toMatch(/allowlist needs the egress proxy's socket directory/);
      expect((error as SandboxError).hint).toBeTruthy();
      expect(await fx.backend.list(fx.label)).toEqual([]);
    });

    it("with the allowlist policy: no network but loopback, the egress directory bound read-write", async () => {
      const egress = mkdtempSync(join(fx.dir, "egress-"));
      // the sandbox's user creates and connects to sockets there (the egress engineer's proxy
      // makes its socket reachable; here the test only needs the directory writable)
      chmodSync(egress, 0o777);
      writeFileSync(join(egress, "from-host"), "hello");
      const sandbox = await fx.create({ network: "allowlist", egress: { hostDir: egress } });
      await firstLine(sandbox.stdout);
      const links = await sh(sandbox, "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '");
      expect(links.out.trim().split("\n")).toEqual(["lo"]);
      const io = await sh(
        sandbox,
        `cat ${EGRESS_DIR_INSIDE}/from-host && echo back > ${EGRESS_DIR_INSIDE}/from-sandbox`,
      );
      expect(io.out, io.err).toBe("hello");
      expect(readFileSync(join(egress, "from-sandbox"), "utf8")).toBe("back\n");
      await sandbox.destroy();
    });

    it("keeps the entrypoint's code cache out of the commands' compartment", async () => {
      const cache = join(fx.dir, "server.v8cache");
      writeFileSync(cache, "bytecode", { mode: 0o644 });
      const sandbox = await fx.create({
        entrypoint: {
          script: fx.script,
          args: (listen) => ["--listen", listen],
          runnerArgs: RUNNER_ARGS,
          runnerEnv: {},
          env: {},
          codeCache: cache,
        },
      });
      await firstLine(sandbox.stdout);
      // the server's alone (ADR 0014): bytecode the commands could see is bytecode they could plan for
      const read = await sh(
        sandbox,
        `test -e ${CODE_CACHE_INSIDE} || echo absent; env | grep ^${CODE_CACHE_ENV}=`,
      );
      expect(read.out).toBe("absent\n");
      expect(readFileSync(cache, "utf8")).toBe("bytecode");
      await sandbox.destroy();
    });

    it("starts without a code cache that is not there", async () => {
      const sandbox = await fx.create({
        entrypoint: {
          script: fx.script,
          args: (listen) => ["--listen", listen],
          runnerArgs: RUNNER_ARGS,
          runnerEnv: {},
          env: {},
          codeCache: join(fx.dir, "missing.v8cache"),
        },
      });
      await firstLine(sandbox.stdout);
      expect((await sh(sandbox, `test -e ${CODE_CACHE_INSIDE} || echo absent`)).out).toBe("absent\n");
      await sandbox.destroy();
    });

    it("reports an entry script that dies during start-up", async () => {
      const script = join(fx.dir, "crash.mjs");
      writeFileSync(script, `console.error("boom from the entry"); process.exit(3);`);
      const runId = `crash-${process.pid}`;
      const outcome = await fx
        .create({
          runId,
          entrypoint: { script, args: () => [], runnerArgs: RUNNER_ARGS, runnerEnv: {}, env: {} },
        })
        .then(
          // it may have been seen running before it crashed; then `exited` tells
          async (sandbox) => {
            const exit = await sandbox.exited;
            await sandbox.destroy();
            return { exit };
          },
          (e: unknown) => e,
        );
      if (outcome instanceof SandboxError) {
        expect(outcome.message).toContain("boom from the entry");
        expect(outcome.message).toContain("code 3");
      } else expect(outcome).toEqual({ exit: { code: 3, signal: null } });
      // nothing left behind
      expect(readdirSync(fx.runDirBase).filter((entry) => entry.startsWith("sbx-crash"))).toEqual([]);
      expect(await fx.backend.list({ [LABEL_RUN_ID]: runId })).toEqual([]);
    });

    it("rejects a missing workspace or script", async () => {
      await expect(fx.create({ workspace: join(fx.dir, "nope") })).rejects.toThrow(
        /workspace .* does not exist/,
      );
      await expect(
        fx.create({
          entrypoint: {
            script: join(fx.dir, "nope.js"),
            args: () => [],
            runnerArgs: RUNNER_ARGS,
            runnerEnv: {},
            env: {},
          },
        }),
      ).rejects.toThrow(/entry script .* does not exist/);
    });
  });
}
