// Integration tests of the local (bubblewrap) backend against the real thing: every isolation
// promise is probed from inside a running sandbox with exec().
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalSandbox } from "../../src/backends/local/index.js";
import { LABEL_RUN_ID, type Sandbox, SandboxError } from "../../src/backends/types.js";
import { engineAvailable } from "../support/engines.js";
import { type Fixture, firstLine, isAlive, makeFixture, waitFor } from "./local-helpers.js";

const available = engineAvailable("bwrap");

async function sh(sandbox: Sandbox, script: string, options: Parameters<Sandbox["exec"]>[1] = {}) {
  const result = await sandbox.exec(["/bin/sh", "-c", script], options);
  return { ...result, out: result.stdout.toString(), err: result.stderr.toString() };
}

describe.skipIf(!available)("local backend", () => {
  let fx: Fixture;
  let sandbox: LocalSandbox;
  const secretName = `SANDBOX_ACTION_HOST_SECRET_${process.pid}`;
  const secretValue = `host-secret-${Math.random().toString(36).slice(2)}`;

  beforeAll(async () => {
    process.env[secretName] = secretValue;
    fx = makeFixture();
    sandbox = (await fx.create({
      env: { VISIBLE_VAR: "from-spec" },
      entrypoint: {
        script: fx.script,
        args: (listen) => ["--listen", listen],
        env: { ENTRY_ONLY: "entry-value" },
      },
      labels: { suite: "main" },
    })) as LocalSandbox;
    expect(await firstLine(sandbox.stdout)).toBe("listening unix:/.sandbox/run/server.sock");
  });

  afterAll(async () => {
    delete process.env[secretName];
    await fx?.cleanup();
  });

  it("describes itself", async () => {
    expect(sandbox.backend).toBe("local");
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
  });

  it("runs as uid/gid 1000 with no capabilities and no_new_privs, in /workspace", async () => {
    const result = await sh(
      sandbox,
      "id -u; id -g; pwd; grep -E '^(CapEff|CapPrm|CapBnd|NoNewPrivs)' /proc/self/status",
    );
    expect(result.out).toBe(
      "1000\n1000\n/workspace\nCapPrm:\t0000000000000000\nCapEff:\t0000000000000000\nCapBnd:\t0000000000000000\nNoNewPrivs:\t1\n",
    );
    // the entry process (pid 2: pid 1 is bubblewrap's init) too
    const entry = await sh(sandbox, "grep -E '^(Uid|CapEff|CapBnd)' /proc/2/status");
    expect(entry.out).toContain("CapEff:\t0000000000000000");
    expect(entry.out).toContain("CapBnd:\t0000000000000000");
    expect(entry.out).toMatch(/^Uid:\t1000\t1000\t1000\t1000$/m);
  });

  it("cannot create nested user namespaces", async () => {
    const result = await sh(sandbox, "unshare -U true");
    expect(result.exitCode).not.toBe(0);
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
      .map((line) => line.split("=")[0])
      .sort();
    expect(names).toEqual(["HOME", "LANG", "PATH", "TMPDIR", "VISIBLE_VAR"]);
    const entryEnv = (await sh(sandbox, "tr '\\0' '\\n' < /proc/2/environ")).out;
    expect(entryEnv).toContain("ENTRY_ONLY=entry-value");
    expect(entryEnv).toContain("VISIBLE_VAR=from-spec");
    expect(entryEnv).not.toContain(secretValue);
  });

  it("keeps the environment out of the host's process list", () => {
    const cmdline = readFileSync(`/proc/${sandbox.bwrapPid}/cmdline`, "utf8");
    expect(cmdline).not.toContain("from-spec");
    expect(cmdline).not.toContain("entry-value");
    expect(readFileSync(`/proc/${sandbox.bwrapPid}/environ`, "utf8")).toBe("");
  });

  it("hides /root, /home, /run and the host's processes", async () => {
    const result = await sh(
      sandbox,
      `for p in /root /home /boot /mnt /media /srv; do test -e $p && echo "visible $p"; done
       ls -A /run | wc -l
       test -e /proc/${process.pid} && echo "host pid visible"
       ls /proc | grep -cE '^[0-9]+$'
       tr '\\0' ' ' < /proc/1/cmdline`,
    );
    const lines = result.out.trim().split("\n");
    expect(lines[0]).toBe("0");
    // pid 1 (bwrap's init), pid 2 (entry), the shell and its children: nothing of the host's
    expect(Number(lines[1])).toBeLessThan(10);
    expect(lines[2]).toMatch(/^\S*bwrap /);
    expect(result.out).not.toContain("visible");
  });

  it("masks /etc/shadow and other secrets even where permissions would not", async () => {
    const result = await sh(
      sandbox,
      `for f in /etc/shadow /etc/gshadow; do test -e $f || continue; cat $f >/dev/null 2>&1 && echo "readable $f"; test -s $f && echo "nonempty $f"; done
       test -d /etc/ssh && ls -A /etc/ssh | wc -l`,
    );
    expect(result.out).not.toContain("readable");
    expect(result.out).not.toContain("nonempty");
    if (existsSync("/etc/ssh")) expect(result.out.trim()).toBe("0");
  });

  it("keeps the host root read-only and lets the workspace and /tmp be written", async () => {
    for (const path of ["/etc/x", "/usr/x", "/x", "/opt/x", "/var/x", "/.sandbox/x", "/etc/ssh/x"]) {
      const result = await sh(sandbox, `echo x > ${path}`);
      expect(result.exitCode, path).not.toBe(0);
    }
    const ok = await sh(
      sandbox,
      "echo ws > /workspace/written.txt && echo tmp > /tmp/private-file && cat /tmp/private-file",
    );
    expect(ok.exitCode).toBe(0);
    expect(ok.out).toBe("tmp\n");
    expect(readFileSync(join(fx.workspace, "written.txt"), "utf8")).toBe("ws\n");
    expect(existsSync(join(tmpdir(), "private-file"))).toBe(false);
    expect(existsSync("/tmp/private-file")).toBe(false);
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
    await sandbox.copyIn("through the link", "/workspace/escape.txt").catch(() => {});
    expect(existsSync(join(fx.dir, "outside.txt"))).toBe(false);
  });

  it("cuts the network with policy none, even for raw TCP to the host's loopback", async () => {
    const server = net.createServer((socket) => socket.end("hello"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const probe = tcpProbe(port);
      const result = await sandbox.exec(["/.sandbox/bin/node", "-e", probe]);
      expect(result.stdout.toString().trim()).toMatch(/^(ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|ETIMEDOUT)$/);
      // only loopback exists
      const links = await sh(sandbox, "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '");
      expect(links.out.trim().split("\n")).toEqual(["lo"]);
    } finally {
      server.close();
    }
  });

  it("list finds it by label; destroy is idempotent and removes everything", async () => {
    const other = await fx.create({ labels: { suite: "destroy" } });
    await firstLine(other.stdout);
    const listed = await fx.backend.list({ suite: "destroy" });
    expect(listed).toEqual([{ id: other.id, runId: other.runId }]);
    expect(await fx.backend.list({ [LABEL_RUN_ID]: other.runId })).toHaveLength(1);
    const dirs = readdirSync(fx.runDirBase);
    expect(dirs).toContain(other.id);

    const local = other as LocalSandbox;
    const started = Date.now();
    await Promise.all([other.destroy(2000), other.destroy(2000)]);
    await other.destroy();
    expect(Date.now() - started).toBeLessThan(2500);
    expect(await other.alive()).toBe(false);
    expect(await other.exited).toEqual({ code: 0, signal: null }); // the entry handled SIGTERM
    expect(isAlive(local.bwrapPid)).toBe(false);
    expect(isAlive(local.initPid)).toBe(false);
    expect(readdirSync(fx.runDirBase)).not.toContain(other.id);
    expect(await fx.backend.list({ suite: "destroy" })).toEqual([]);
    await expect(other.openChannel()).rejects.toThrow(SandboxError);
    await expect(other.exec(["true"])).rejects.toThrow(SandboxError);
  });

  it("destroy kills an entry that ignores SIGTERM after the grace period", async () => {
    const script = join(fx.dir, "stubborn.mjs");
    writeFileSync(script, `process.on("SIGTERM", () => {}); console.log("up"); setInterval(() => {}, 1000);`);
    const stubborn = (await fx.create({
      entrypoint: { script, args: () => [], env: {} },
    })) as LocalSandbox;
    await firstLine(stubborn.stdout);
    const started = Date.now();
    await stubborn.destroy(300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(isAlive(stubborn.initPid)).toBe(false);
    expect(existsSync(join(fx.runDirBase, stubborn.id))).toBe(false);
  });

  it("reap destroys by label and leaves other sandboxes alone", async () => {
    const label = { reap: `r-${process.pid}` };
    const a = (await fx.create({ labels: label })) as LocalSandbox;
    const b = (await fx.create({ labels: label })) as LocalSandbox;
    await Promise.all([firstLine(a.stdout), firstLine(b.stdout)]);
    const reaped = await fx.backend.reap(label);
    expect(reaped.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    await Promise.all([a.exited, b.exited]);
    // bwrap's exit can be reported a moment before its pid 1 is gone from /proc.
    expect(await waitFor(() => !isAlive(a.initPid) && !isAlive(b.initPid))).toBe(true);
    expect(existsSync(join(fx.runDirBase, a.id))).toBe(false);
    expect(await fx.backend.list(label)).toEqual([]);
    expect(await fx.backend.reap(label)).toEqual([]);
    expect(await sandbox.alive()).toBe(true);
  });

  it("reap removes stale run directories of sandboxes that are gone", async () => {
    const stale = join(fx.runDirBase, "sbx-stale-00000000");
    mkdirSync(join(stale, "run"), { recursive: true });
    writeFileSync(
      join(stale, "sandbox.json"),
      JSON.stringify({
        version: 1,
        id: "sbx-stale-00000000",
        runId: "stale",
        labels: { stale: "yes" },
        // a live pid that is not our bwrap: must not be killed
        bwrapPid: process.pid,
        initPid: 1,
        createdAt: new Date().toISOString(),
      }),
    );
    expect(await fx.backend.list({ stale: "yes" })).toEqual([]);
    expect(await fx.backend.reap({ stale: "yes" })).toEqual([{ id: "sbx-stale-00000000", runId: "stale" }]);
    expect(existsSync(stale)).toBe(false);
    expect(isAlive(process.pid)).toBe(true);
  });
});

describe.skipIf(!available)("local backend: options", () => {
  let fx: Fixture;
  beforeAll(() => {
    fx = makeFixture();
  });
  afterAll(async () => {
    await fx?.cleanup();
  });

  it("reaches the host's loopback with network open", async () => {
    const server = net.createServer((socket) => socket.end("hello"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const open = await fx.create({ network: "open" });
      await firstLine(open.stdout);
      const result = await open.exec(["/.sandbox/bin/node", "-e", tcpProbe(port)]);
      expect(result.stdout.toString().trim()).toBe("connected hello");
      // the channel still works when the network is shared
      const channel = await open.openChannel();
      channel.write("ping");
      expect(String(await new Promise((resolve) => channel.once("data", resolve)))).toBe("ping");
      channel.destroy();
    } finally {
      server.close();
    }
  });

  it("binds the workspace read-only in ro mode", async () => {
    writeFileSync(join(fx.workspace, "ro.txt"), "read me");
    const ro = await fx.create({ workspaceMode: "ro" });
    await firstLine(ro.stdout);
    const result = await sh(ro, "cat /workspace/ro.txt; echo y > /workspace/new.txt");
    expect(result.out).toBe("read me");
    expect(result.exitCode).not.toBe(0);
    expect(existsSync(join(fx.workspace, "new.txt"))).toBe(false);
  });

  it("rejects the allowlist policy for now", async () => {
    const error = await fx.create({ network: "allowlist" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxError);
    expect((error as SandboxError).message).toBe(
      "network policy allowlist is not supported by the local backend yet",
    );
    expect((error as SandboxError).hint).toBeTruthy();
  });

  it("reports an entry script that dies during start-up", async () => {
    const script = join(fx.dir, "crash.mjs");
    writeFileSync(script, `console.error("boom from the entry"); process.exit(3);`);
    const runId = `crash-${process.pid}`;
    const outcome = await fx.create({ runId, entrypoint: { script, args: () => [], env: {} } }).then(
      // it may have been seen running before it crashed; then `exited` tells
      async (sandbox) => ({ exit: await sandbox.exited }),
      (e: unknown) => e,
    );
    if (outcome instanceof SandboxError) {
      expect(outcome.message).toContain("boom from the entry");
      expect(outcome.message).toContain("code 3");
      // nothing left behind
      expect(readdirSync(fx.runDirBase).filter((name) => name.startsWith("sbx-crash"))).toEqual([]);
    } else expect(outcome).toEqual({ exit: { code: 3, signal: null } });
  });

  it("rejects a missing workspace or script", async () => {
    await expect(fx.create({ workspace: join(fx.dir, "nope") })).rejects.toThrow(
      /workspace .* does not exist/,
    );
    await expect(
      fx.create({ entrypoint: { script: join(fx.dir, "nope.js"), args: () => [], env: {} } }),
    ).rejects.toThrow(/entry script .* does not exist/);
  });
});

/** A node one-liner that connects to 127.0.0.1:port and prints "connected <data>" or the error code. */
function tcpProbe(port: number): string {
  return `const s = require("net").connect(${port}, "127.0.0.1");
    s.setTimeout(3000, () => { console.log("ETIMEDOUT"); process.exit(1); });
    s.on("connect", () => s.once("data", (d) => { console.log("connected " + d); process.exit(0); }));
    s.on("error", (e) => { console.log(e.code); process.exit(1); });`;
}
