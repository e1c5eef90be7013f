// Attacks on promise 6 of the threat model (CPU, memory and process count are bounded), through
// the full path (MCP client -> mTLS -> server in the sandbox). Parameterised by backend; each
// backend's file says which mechanism it expects here.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand as run } from "../support/calls.js";
import type { Target } from "../support/target.js";

export interface LimitsStartOptions {
  limits: { memoryBytes: number; pids: number; cpus?: number };
}

type Start = (options: LimitsStartOptions) => Promise<Target>;

const MEMORY = 256 * 1024 ** 2;
const PIDS = 128;

/** Runs `during` while a host-side timer ticks every 50 ms; returns the longest gap between ticks. */
async function hostTicks<T>(during: () => Promise<T>): Promise<{ result: T; maxGapMs: number }> {
  let last = performance.now();
  let maxGapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
  }, 50);
  try {
    const result = await during();
    return { result, maxGapMs };
  } finally {
    clearInterval(timer);
  }
}

export function defineLimitsSuite(
  backend: string,
  start: Start,
  /** backend-specific checks of the mechanism, run against the started target */
  checkMechanism?: (target: Target) => Promise<void>,
): void {
  describe(`limits (${backend})`, () => {
    let target: Target;

    beforeAll(async () => {
      target = await start({ limits: { memoryBytes: MEMORY, pids: PIDS, cpus: 1 } });
    });

    afterAll(async () => {
      await target?.close();
    });

    it("enforces them with the mechanism it names", async () => {
      await checkMechanism?.(target);
    });

    it("contains a fork bomb: the host stays responsive and later calls work", async () => {
      const { result, maxGapMs } = await hostTicks(() =>
        // the classic, bounded by the call's timeout, which kills all it started
        run(target, "bomb() { bomb | bomb & }; bomb; sleep 30", 6_000),
      );
      expect(result.isError).toBe(true);
      // the host's event loop kept ticking (a runaway fork bomb on the host stalls it for seconds)
      expect(maxGapMs).toBeLessThan(1_500);
      // the sandbox serves again once the bomb's processes are gone
      let after = await run(target, "echo alive");
      for (let attempt = 0; attempt < 20 && after.stdout !== "alive\n"; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        after = await run(target, "echo alive");
      }
      expect(after.stdout).toBe("alive\n");
    });

    it("ends every process of a timed-out call, daemonized or not", async () => {
      const marker = `sbx-left-${randomBytes(4).toString("hex")}`;
      const script = `/tmp/${marker}/daemon.sh`;
      const started = await run(
        target,
        [
          `mkdir -p /tmp/${marker} && echo 'sleep 300' > ${script}`,
          `setsid sh ${script} &`, // its own session and group
          `( sh ${script} & ) &`, // a double fork: adopted by the namespace's init
          `nohup sh ${script} >/dev/null 2>&1 &`,
          `setsid sh -c 'while :; do setsid sh ${script} & sleep 1; done' &`, // keeps spawning
          "sleep 2; echo started; sleep 60",
        ].join("\n"),
        4_000,
      );
      expect(started.timed_out).toBe(true);
      expect(started.stdout).toContain("started");
      // `[.]` keeps the search from finding its own command line
      const left = await run(
        target,
        `for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline 2>/dev/null | grep -q '${marker}/daemon[.]sh' && echo $p; done; echo checked`,
      );
      expect(left.stdout).toBe("checked\n");
    });

    it("ends a timed-out call's process whose leader exited alone while a thread runs on", async () => {
      // /proc shows such a leader as a zombie (Z), yet its other threads run: the red team's
      // survivor. Perl with threads makes one (it is on the host root the local backend binds).
      const perl = await run(target, "perl -Mthreads -e 1 && echo threads");
      if (!perl.stdout.includes("threads")) {
        console.warn(
          `limits (${backend}): no threaded perl in the sandbox; the zombie-leader attack is not run`,
        );
        return;
      }
      const marker = `zl-${randomBytes(4).toString("hex")}`;
      const script = `/tmp/${marker}.pl`;
      const file = `/tmp/${marker}.alive`;
      await run(
        target,
        `cat > ${script} <<'EOF'\nuse threads;\nthreads->create(sub { for (1..60) { open(my $f, ">>", "${file}"); print $f "x\\n"; close $f; sleep 1 } })->detach;\nsyscall(${process.arch === "arm64" ? 93 : 60}, 0);\nEOF`,
      );
      const started = await run(target, `(setsid perl ${script} &); sleep 60`, 2_500);
      expect(started.timed_out).toBe(true);
      const before = await run(target, `wc -l < ${file}`);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      const after = await run(target, `wc -l < ${file}`);
      expect(Number(after.stdout.trim()), "the thread kept writing after the timeout").toBe(
        Number(before.stdout.trim()),
      );
    });

    it("stops a process count well short of what a loop asks for", async () => {
      // Sleeps that outlast the loop however slowly it runs (a short sleep could end before a
      // loaded machine started the next hundred). The loop's shell dies at the first refused fork;
      // the outer one ends the sleeps with builtins alone (no fork is possible at the limit).
      const list = `/tmp/pids-${Math.random().toString(36).slice(2)}`;
      const result = await run(
        target,
        `: > ${list}; (n=0; while [ $n -lt 1000 ]; do sleep 1000 & echo $! >> ${list}; n=$((n+1)); echo $n; done; echo all-started); while read p; do kill $p; done < ${list}; echo cleaned`,
        30_000,
      );
      expect(result.stdout).not.toContain("all-started");
      expect(result.stdout).toContain("cleaned");
      const started = Number(result.stdout.match(/^\d+$/gm)?.pop());
      expect(started).toBeGreaterThan(0);
      expect(started).toBeLessThan(PIDS);
      // the sandbox is usable again once the sleeps are gone
      let count = PIDS;
      for (let attempt = 0; attempt < 40 && count > 20; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const ps = await run(target, "ls /proc | grep -c '^[0-9]'");
        count = Number(ps.stdout.trim() || PIDS);
      }
      expect(count).toBeLessThanOrEqual(20);
    });

    it("kills a memory bomb and reports it; the sandbox keeps serving", async () => {
      const { result, maxGapMs } = await hostTicks(() =>
        run(
          target,
          // external memory (Buffers), touched page by page: V8's own heap limit plays no part
          `node -e "const a=[]; for (let i = 0; ; i++) { a.push(Buffer.alloc(8 << 20, 1)); if (i % 16 === 0) console.log((i * 8) + ' MiB'); }"`,
          30_000,
        ),
      );
      expect(result.isError).toBe(true);
      expect(result.timed_out).toBe(false);
      // killed by SIGKILL (the OOM killer): 128 + 9
      expect(result.exit_code, result.stderr).toBe(137);
      // it got nowhere near the host's memory
      const reached = Math.max(0, ...(result.stdout.match(/\d+(?= MiB)/g)?.map(Number) ?? [0]));
      expect(reached).toBeLessThan(MEMORY / 1024 ** 2);
      expect(maxGapMs).toBeLessThan(1_500);
      const after = await run(target, "echo alive");
      expect(after.stdout).toBe("alive\n");
    });
  });
}
