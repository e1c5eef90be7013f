// Integration tests of the local (bubblewrap) backend against the real thing: the behaviour every
// backend shares (test/suites/backend.suite.ts), then what only bubblewrap does: its pid 1, the
// host root bound read-only with secrets masked, host pids and the host's own loopback.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import type { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalSandbox } from "../../src/backends/local/index.js";
import { defineBackendSuite, hostListener, sh, tcpProbe } from "../suites/backend.suite.js";
import { engineAvailable } from "../support/engines.js";
import { type Fixture, firstLine, isAlive, makeLocalFixture, RUNNER_ARGS } from "./backend-fixture.js";

const available = engineAvailable("bwrap");

describe.skipIf(!available)("local backend", () => {
  defineBackendSuite("local", () => makeLocalFixture());
});

describe.skipIf(!available)("bubblewrap, as the backend relies on it", () => {
  // joinCgroups (src/backends/local/sandbox.ts) puts bwrap into the sandbox's cgroups while bwrap
  // reads its --args; that is before anything of the sandbox exists only if bwrap reads them first.
  it("creates no namespace and no process before it has read its --args to the end", async () => {
    const bwrap = spawn(
      "bwrap",
      ["--args", "3", "--unshare-user", "--unshare-pid", "--ro-bind", "/", "/", "true"],
      {
        stdio: ["ignore", "ignore", "pipe", "pipe"],
      },
    );
    const exited = new Promise<number | null>((resolve) => bwrap.once("close", resolve));
    const pid = bwrap.pid as number;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim()).toBe("");
    for (const ns of ["user", "pid", "mnt"]) {
      expect(readlinkSync(`/proc/${pid}/ns/${ns}`)).toBe(readlinkSync(`/proc/self/ns/${ns}`));
    }
    (bwrap.stdio[3] as Writable).end("--new-session\0");
    expect(await exited).toBe(0);
  });
});

describe.skipIf(!available)("local backend: bubblewrap specifics", () => {
  let fx: Fixture;
  let sandbox: LocalSandbox;

  beforeAll(async () => {
    fx = makeLocalFixture();
    sandbox = (await fx.create({
      env: { VISIBLE_VAR: "from-spec" },
      entrypoint: {
        script: fx.script,
        args: (listen) => ["--listen", listen],
        runnerArgs: RUNNER_ARGS,
        runnerEnv: {},
        env: { ENTRY_ONLY: "entry-value" },
      },
    })) as LocalSandbox;
    expect(await firstLine(sandbox.stdout)).toBe("listening unix:/.sandbox/run/server.sock");
  });

  afterAll(async () => {
    await fx?.cleanup();
  });

  it("runs the runner as pid 2 under bubblewrap's init, as uid/gid 1000 (the server is elsewhere)", async () => {
    const ids = await sh(sandbox, "id -u; id -g");
    expect(ids.out).toBe("1000\n1000\n");
    const entry = await sh(sandbox, "grep -E '^(Uid|Gid)' /proc/2/status; tr '\\0' ' ' < /proc/2/cmdline");
    expect(entry.out).toMatch(/^Uid:\t1000\t1000\t1000\t1000$/m);
    expect(entry.out).toMatch(/^Gid:\t1000\t1000\t1000\t1000$/m);
    expect(entry.out).toContain("/.sandbox/server.js --runner");
  });

  it("cannot create nested user namespaces", async () => {
    const result = await sh(sandbox, "unshare -U true");
    expect(result.exitCode).not.toBe(0);
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

  it("keeps the host root read-only", async () => {
    for (const path of ["/etc/x", "/usr/x", "/x", "/opt/x", "/var/x", "/.sandbox/x", "/etc/ssh/x"]) {
      const result = await sh(sandbox, `echo x > ${path}`);
      expect(result.exitCode, path).not.toBe(0);
    }
  });

  it("reaches the host's loopback with network open (the host's network namespace)", async () => {
    const listener = await hostListener();
    try {
      const open = await fx.create({ network: "open" });
      await firstLine(open.stdout);
      const result = await open.exec(["/.sandbox/bin/node", "-e", tcpProbe(listener.port)]);
      expect(result.stdout.toString().trim()).toBe("connected hello");
      await open.destroy();
    } finally {
      listener.close();
    }
  });

  it("reap removes stale run directories of sandboxes that are gone", async () => {
    const stale = `${fx.runDirBase}/sbx-stale-00000000`;
    mkdirSync(`${stale}/run`, { recursive: true });
    writeFileSync(
      `${stale}/sandbox.json`,
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
