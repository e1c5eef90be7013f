// Load through a real daemon (`up`, its own process, as in production) with the MCP SDK client as
// the agent: 100 concurrent run_command calls (10 sessions x 10 calls), then 1000 sequential calls
// on one session. Every call answers with its own output; before and after, nothing has leaked:
// the daemon's open fds, the processes under the daemon on the host, the processes inside the
// sandbox's pid namespace, the run's sandboxes (containers on docker); and the daemon's RSS
// settles (printed; a later burst adds little, and it stays within 3x the warmed-up figure).
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_GID, SANDBOX_UID } from "../../src/backends/layout.js";
import type { Backend } from "../../src/backends/types.js";
import { LABEL_RUN_ID } from "../../src/backends/types.js";
import { type Outcome, runBundle } from "../support/bundle.js";
import { engineAvailable, TEST_IMAGES, testDockerHost } from "../support/engines.js";
import { processAlive, until } from "../support/processes.js";

const CONCURRENT_SESSIONS = 10;
const CALLS_PER_SESSION = 10;
const SEQUENTIAL = 1000;
/** a keep-alive socket or two, an idle pooled shell: what may differ without being a leak */
const FD_SLACK = 16;
const PROCESS_SLACK = 3;

function openFds(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

function rssKiB(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? Number.NaN);
}

/** live (non-zombie) processes below `root` on the host */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const [state, ppid] = (stat.split(") ")[1] ?? "").split(" ");
      if (state === "Z") continue;
      const list = children.get(Number(ppid)) ?? [];
      list.push(Number(name));
      children.set(Number(ppid), list);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift() as number) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

interface Snapshot {
  fds: number;
  hostProcesses: number;
  sandboxProcesses: number;
  sandboxes: number;
  rssKiB: number;
}

function loadSuite(
  name: string,
  engine: "bwrap" | "docker",
  upArgs: string[],
  backend: () => Promise<Backend>,
) {
  describe.skipIf(!engineAvailable(engine))(`load through the daemon (${name} backend)`, () => {
    const root = mkdtempSync(join(tmpdir(), "sbx-load-"));
    const workspace = mkdtempSync(join(root, "ws-"));
    if (engine === "docker" && process.getuid?.() === 0) chownSync(workspace, SANDBOX_UID, SANDBOX_GID);
    const stateFile = join(root, "state.json");
    const env = {
      ...process.env,
      ...(engine === "docker" ? { DOCKER_HOST: testDockerHost() } : {}),
      XDG_STATE_HOME: join(root, "state"),
    };
    const cli = (args: string[]): Promise<Outcome> => runBundle("index.js", args, { cwd: workspace, env });
    let info: { mcp_url: string; mcp_token: string; daemon_pid: number; sandbox_id: string };
    let runId: string;

    const connect = async (): Promise<Client> => {
      const client = new Client({ name: "load", version: "0" });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(info.mcp_url), {
          requestInit: { headers: { authorization: `Bearer ${info.mcp_token}` } },
        }),
      );
      return client;
    };

    const run = async (client: Client, command: string) => {
      const result = await client.callTool({ name: "run_command", arguments: { command } });
      expect(result.isError, JSON.stringify(result)).toBeFalsy();
      return result.structuredContent as { exit_code: number; stdout: string };
    };

    /** processes in the sandbox's pid namespace, not counting the shell that counts them */
    const sandboxProcesses = async (client: Client): Promise<number> => {
      const out = await run(client, "ls /proc | grep -c '^[0-9]'");
      return Number(out.stdout.trim()) - 2; // the sh, and the grep of this very call
    };

    const snapshot = async (): Promise<Snapshot> => {
      const probe = await connect();
      const inside = await sandboxProcesses(probe);
      await probe.close();
      // the probe's session is gone from the daemon before the host-side numbers are taken
      await new Promise((resolve) => setTimeout(resolve, 500));
      const sandboxes = (await (await backend()).list({ [LABEL_RUN_ID]: runId })).length;
      return {
        fds: openFds(info.daemon_pid),
        hostProcesses: descendants(info.daemon_pid).length,
        sandboxProcesses: inside,
        sandboxes,
        rssKiB: rssKiB(info.daemon_pid),
      };
    };

    beforeAll(async () => {
      const up = await cli(["up", "--json", "--state", stateFile, ...upArgs]);
      expect(up.code, up.stderr).toBe(0);
      info = JSON.parse(up.stdout);
      runId = JSON.parse(readFileSync(stateFile, "utf8")).run_id as string;
    }, 60_000);

    afterAll(async () => {
      await cli(["down", "--state", stateFile]);
      rmSync(root, { recursive: true, force: true });
    }, 60_000);

    it("100 concurrent and 1000 sequential calls: right output, no leaked fds, processes or sandboxes; RSS settles", async () => {
      // warm-up: the JIT, the pools, the first session
      const warm = await connect();
      for (let i = 0; i < 20; i++) expect((await run(warm, `echo warm-${i}`)).stdout).toBe(`warm-${i}\n`);
      await warm.close();
      const before = await snapshot();
      expect(before.sandboxes).toBe(1);

      const concurrent = async (round: string) => {
        const clients = await Promise.all(Array.from({ length: CONCURRENT_SESSIONS }, () => connect()));
        const outputs = await Promise.all(
          clients.flatMap((client, c) =>
            Array.from({ length: CALLS_PER_SESSION }, (_, k) => run(client, `echo ${round}-${c}-${k}`)),
          ),
        );
        outputs.forEach((out, n) => {
          const c = Math.floor(n / CALLS_PER_SESSION);
          expect(out).toMatchObject({ exit_code: 0, stdout: `${round}-${c}-${n % CALLS_PER_SESSION}\n` });
        });
        await Promise.all(clients.map((client) => client.close()));
      };

      // 100 concurrent calls over 10 sessions
      await concurrent("c1");
      const afterConcurrent = await snapshot();

      // 1000 sequential calls on one session
      const seq = await connect();
      for (let i = 0; i < SEQUENTIAL; i++) {
        const out = await run(seq, `echo s-${i}`);
        if (out.stdout !== `s-${i}\n` || out.exit_code !== 0)
          expect(out, `call ${i}`).toMatchObject({ exit_code: 0, stdout: `s-${i}\n` });
      }
      await seq.close();
      const afterSequential = await snapshot();

      // the same burst again: whatever the first one left must be reused, not added to
      await concurrent("c2");
      // a pause: the agents' idle keep-alive connections close (undici drops them after 4 s), the
      // daemon drops the closed sessions and collects garbage
      await until(() => openFds(info.daemon_pid) <= afterSequential.fds + FD_SLACK, 15_000);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const after = await snapshot();
      const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
      process.stdout.write(
        `\n[load ${name}] before           ${JSON.stringify(before)}` +
          `\n[load ${name}] after 100 conc.  ${JSON.stringify(afterConcurrent)}` +
          `\n[load ${name}] after 1000 seq.  ${JSON.stringify(afterSequential)}` +
          `\n[load ${name}] after 100 again  ${JSON.stringify(after)}` +
          `\n[load ${name}] daemon RSS ${mib(before.rssKiB)} -> ${mib(after.rssKiB)}\n`,
      );

      expect(processAlive(info.daemon_pid)).toBe(true);
      // Right after a burst the daemon holds two sockets per call that was in flight at once: the
      // agent's keep-alive connection, and its own connection to the sandbox's server (of which it
      // keeps at most 8 idle afterwards). Bounded by the peak concurrency, and never growing with
      // the number of calls.
      const peak = CONCURRENT_SESSIONS * CALLS_PER_SESSION;
      expect(afterConcurrent.fds).toBeLessThanOrEqual(before.fds + 2 * peak + FD_SLACK);
      // after the burst, only the 8 idle connections the daemon keeps (and the agent's one)
      expect(afterSequential.fds).toBeLessThanOrEqual(before.fds + 8 + FD_SLACK);
      expect(after.fds).toBeLessThanOrEqual(afterSequential.fds + FD_SLACK);
      for (const s of [afterConcurrent, afterSequential, after]) {
        expect(s.hostProcesses).toBeLessThanOrEqual(before.hostProcesses + PROCESS_SLACK);
        expect(s.sandboxProcesses).toBeLessThanOrEqual(before.sandboxProcesses + PROCESS_SLACK);
        expect(s.sandboxes).toBe(1);
      }
      // The heap grows to its working size over the first thousand calls; what matters is that it
      // then settles: a repeated burst adds little.
      expect(after.rssKiB).toBeLessThan(before.rssKiB * 3);
      expect(after.rssKiB).toBeLessThan(afterSequential.rssKiB * 1.25);
    }, 180_000);
  });
}

loadSuite("local", "bwrap", ["--backend", "local"], async () => {
  const { createLocalBackend } = await import("../../src/backends/local/index.js");
  return createLocalBackend();
});

loadSuite("docker", "docker", ["--backend", "docker", "--image", TEST_IMAGES.node], async () => {
  const { createDockerBackend } = await import("../../src/backends/docker/index.js");
  return createDockerBackend({ hostEnv: { ...process.env, DOCKER_HOST: testDockerHost() } });
});
