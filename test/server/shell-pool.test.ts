// The long-lived shells that run commands (src/server/shell-pool.ts): same results as a fresh
// `/bin/sh -c`, nothing of one call reaching the next, and a timeout still kills everything.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createShellPool, type RunOptions, runShell } from "../../src/server/process.js";

const dir = mkdtempSync(join(tmpdir(), "sbx-pool-"));
const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: dir };
const pool = createShellPool(env);
afterAll(() => {
  pool.killAll();
  rmSync(dir, { recursive: true, force: true });
});

const run = (command: string, options: Partial<RunOptions> = {}) =>
  runShell({ command, cwd: dir, env, timeoutMs: 10_000, maxOutputBytes: 65_536, pool, ...options });

/** running, not a zombie waiting for a parent to reap it */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
};

describe("shell pool", () => {
  it("keeps stdout, stderr and the exit code apart, with multi-line commands and odd quoting", async () => {
    const result = await run(`printf 'a\\nb'; echo "it's" >&2\ncat <<'EOF'\nhere 'doc' "x"\nEOF\nexit 3`);
    expect(result).toMatchObject({
      exitCode: 3,
      stdout: "a\nbhere 'doc' \"x\"\n",
      stderr: "it's\n",
      timedOut: false,
    });
  });

  it("runs in cwd with extra env, and with no stdin", async () => {
    const sub = join(dir, "a 'dir' with spaces");
    await run(`mkdir -p "${sub}"`);
    const result = await run('pwd; echo "$GREETING"; cat; echo end', {
      cwd: sub,
      extraEnv: { GREETING: "it's\nmulti-line" },
    });
    expect(result.stdout).toBe(`${sub}\nit's\nmulti-line\nend\n`);
  });

  it("shows the command none of the helper's own variables", async () => {
    const result = await run("set | grep -c __sbx || true; env | grep -c __sbx || true");
    expect(result.stdout).toBe("0\n0\n");
  });

  it("gives $$ the command's own shell, as /bin/sh -c does", async () => {
    const result = await run("kill -TERM $$; echo not reached");
    expect(result.exitCode).toBe(143);
    expect(result.stdout).toBe("");
    expect((await run("echo still serving")).stdout).toBe("still serving\n");
  });

  it("returns when the shell exits, and a job it left behind writes into no later call", async () => {
    const started = performance.now();
    const first = await run("(sleep 0.4; echo LATE; echo LATE >&2) & echo started");
    expect(first.stdout).toBe("started\n");
    expect(performance.now() - started).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const next = await run("echo next");
    expect(next).toMatchObject({ stdout: "next\n", stderr: "" });
  });

  it("kills the whole group at the timeout, background jobs included", async () => {
    const pidFile = join(dir, "bg.pid");
    const result = await run(`sleep 30 & echo $! > ${pidFile}; sleep 30`, { timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBe(137);
    const bg = Number(readFileSync(pidFile, "utf8"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alive(bg)).toBe(false);
    expect((await run("echo after timeout")).stdout).toBe("after timeout\n");
  });

  it("runs calls concurrently, each with its own output", async () => {
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => run(`sleep 0.2; echo call-${i}; echo err-${i} >&2`)),
    );
    results.forEach((result, index) => {
      expect(result.stdout).toBe(`call-${index + 1}\n`);
      expect(result.stderr).toBe(`err-${index + 1}\n`);
    });
  });

  it("caps big output with the marker and still ends the call at the right place", async () => {
    const result = await run("head -c 3000000 /dev/zero | tr '\\\\0' x; echo; echo tail-line", {
      maxOutputBytes: 1000,
    });
    expect(result.truncated).toBe(true);
    expect(result.stdout).toMatch(/truncated by sandbox-action/);
    expect(result.stdout.endsWith("tail-line\n")).toBe(true);
    expect((await run("echo ok")).stdout).toBe("ok\n");
  });

  it("survives a command that kills its helper, and one that prints NULs", async () => {
    const killed = await run("kill -9 $PPID; sleep 1");
    expect(killed.exitCode).not.toBe(0);
    const nul = await run("printf 'a\\0b\\0'");
    expect(nul.stdout).toBe("a\0b\0");
    expect(existsSync(dir)).toBe(true);
  });
});
