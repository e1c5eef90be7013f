// The local backend's start-up and per-call cost through the full path (MCP client -> mTLS ->
// server in bubblewrap), beside baselines measured in the same run: a direct bubblewrap spawn of
// `true` and `node -e 0`. Run: node bench/run.mjs local [--calls 300] [--starts 20]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createLocalBackend } from "../src/backends/local/index.js";
import { CODE_CACHE_SWITCH_ENV } from "../src/host/cache-dir.js";
import { lookUpCodeCache } from "../src/host/code-cache.js";
import { startSession } from "../src/host/session.js";
import { median, percentile, timeCommand, writeResults } from "./stats.js";

const { values } = parseArgs({
  options: { calls: { type: "string", default: "300" }, starts: { type: "string", default: "20" } },
});
const CALLS = Number(values.calls);
const STARTS = Number(values.starts);
const root = process.env.SANDBOX_BENCH_ROOT ?? process.cwd();
const serverBundle = join(root, "dist", "sandbox-server.js");

/** One `run` with one call through the CLI: its wall time and the ready time it reports. */
async function runOnce(workspace: string, calls: string, env: NodeJS.ProcessEnv) {
  const start = performance.now();
  const stderr = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "dist", "index.js"), "run", "--calls", calls], {
      cwd: workspace,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let text = "";
    child.stderr.on("data", (c) => {
      text += c;
    });
    child.on("close", (code) =>
      code === 0 ? resolve(text) : reject(new Error(`run exited ${code}: ${text}`)),
    );
  });
  const wall = performance.now() - start;
  const match = /ready (\d+) ms after start/.exec(stderr);
  if (!match) throw new Error(`no ready time in: ${stderr}`);
  return { ready: Number(match[1]), wall };
}

/**
 * `run` through the CLI: the CLI reports when MCP initialize finished, measured from its start.
 * Each start is paired with a `node -e 0` just before it: this machine's speed drifts by tens of
 * percent within minutes, and a ratio of neighbours drifts far less than a ratio of medians taken
 * minutes apart. Every start with the server's code cache (made by a first run, in a cache
 * directory of the bench's own) is followed by one without it, as on a machine's first start.
 */
async function cliReady(workspace: string, runs: number) {
  const calls = join(workspace, "calls.json");
  writeFileSync(calls, JSON.stringify([{ tool: "run_command", args: { command: "true" } }]));
  const cacheHome = mkdtempSync(join(tmpdir(), "sbx-bench-cache-"));
  const warm = { ...process.env, XDG_CACHE_HOME: cacheHome, [CODE_CACHE_SWITCH_ENV]: "on" };
  const cold = { ...process.env, [CODE_CACHE_SWITCH_ENV]: "off" };
  try {
    await runOnce(workspace, calls, warm);
    const deadline = Date.now() + 20_000;
    while (!lookUpCodeCache(serverBundle, warm).ready) {
      if (Date.now() > deadline) throw new Error("the first run made no code cache within 20 s");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const ready: number[] = [];
    const wall: number[] = [];
    const readyCold: number[] = [];
    const pairedNode: number[] = [];
    for (let i = 0; i < runs; i++) {
      pairedNode.push(...timeCommand([process.execPath, "-e", "0"], 1));
      const withCache = await runOnce(workspace, calls, warm);
      ready.push(withCache.ready);
      wall.push(withCache.wall);
      readyCold.push((await runOnce(workspace, calls, cold)).ready);
    }
    return { ready, wall, readyCold, pairedNode };
  } finally {
    rmSync(cacheHome, { recursive: true, force: true });
  }
}

const workspace = mkdtempSync(join(tmpdir(), "sbx-bench-ws-"));
try {
  const nodeBaseline = timeCommand([process.execPath, "-e", "0"], 20);
  const bwrapArgs = [
    "bwrap",
    "--unshare-all",
    "--die-with-parent",
    "--ro-bind",
    "/",
    "/",
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    "true",
  ];
  const bwrapBaseline = timeCommand(bwrapArgs, 50);

  const { ready, wall, readyCold, pairedNode } = await cliReady(workspace, STARTS);

  const session = await startSession(
    createLocalBackend(),
    { workspace, workspaceMode: "rw", network: "none", env: {}, timeoutMs: 60_000, readyTimeoutMs: 20_000 },
    { serverBundle },
  );
  const inProcessPhases = session.timings;
  const latencies: number[] = [];
  try {
    for (let i = 0; i < CALLS + 20; i++) {
      const start = performance.now();
      const result = await session.client.callTool({ name: "run_command", arguments: { command: "true" } });
      const elapsed = performance.now() - start;
      if (result.isError) throw new Error(`run_command true failed: ${JSON.stringify(result)}`);
      if (i >= 20) latencies.push(elapsed); // the first calls warm up the JIT and the connection
    }
  } finally {
    await session.close();
  }

  const r = {
    ready_ms: {
      median: median(ready),
      p95: percentile(ready, 95),
      runs: ready.length,
      measured: "CLI process start -> MCP initialize done",
    },
    ready_without_code_cache_ms: {
      median: median(readyCold),
      p95: percentile(readyCold, 95),
      runs: readyCold.length,
      measured: "the same, with SANDBOX_ACTION_CODE_CACHE=off (a machine's first start)",
    },
    cli_run_wall_ms: {
      median: median(wall),
      runs: wall.length,
      measured: "spawn of `run` with one call -> exit, teardown included",
    },
    ready_phases_in_process_ms: inProcessPhases,
    run_command_true_ms: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      calls: latencies.length,
    },
    baseline_node_e_0_ms: { median: median(nodeBaseline), runs: nodeBaseline.length },
    baseline_bwrap_true_ms: { median: median(bwrapBaseline), runs: bwrapBaseline.length },
  };
  const ratios = {
    ready_to_node_e_0: r.ready_ms.median / r.baseline_node_e_0_ms.median,
    ready_to_node_e_0_paired: median(ready.map((value, i) => value / (pairedNode[i] as number))),
    ready_without_code_cache_to_node_e_0_paired: median(
      readyCold.map((value, i) => value / (pairedNode[i] as number)),
    ),
    run_command_p50_to_bwrap_true: r.run_command_true_ms.p50 / r.baseline_bwrap_true_ms.median,
  };
  const f = (n: number) => n.toFixed(1);
  writeResults("local", { ...r, ratios }, [
    "| measure | median / p50 (ms) | p95 (ms) | samples | target |",
    "| --- | ---: | ---: | ---: | --- |",
    `| ready: CLI start -> MCP initialize done | ${f(r.ready_ms.median)} | ${f(r.ready_ms.p95)} | ${ready.length} | <= 400 |`,
    `| ready without the code cache (a machine's first start) | ${f(r.ready_without_code_cache_ms.median)} | ${f(r.ready_without_code_cache_ms.p95)} | ${readyCold.length} | |`,
    `| run_command \`true\`, full path | ${f(r.run_command_true_ms.p50)} | ${f(r.run_command_true_ms.p95)} | ${latencies.length} | p50 <= 10 |`,
    `| baseline: \`node -e 0\` | ${f(r.baseline_node_e_0_ms.median)} | | ${nodeBaseline.length} | |`,
    `| baseline: direct \`bwrap ... true\` | ${f(r.baseline_bwrap_true_ms.median)} | | ${bwrapBaseline.length} | |`,
    `| whole \`run\` with one call (wall) | ${f(r.cli_run_wall_ms.median)} | | ${wall.length} | |`,
    "",
    `Ratios: ready / \`node -e 0\` = ${ratios.ready_to_node_e_0.toFixed(2)}x (median of each start over a \`node -e 0\` run just before it: ${ratios.ready_to_node_e_0_paired.toFixed(2)}x; ${ratios.ready_without_code_cache_to_node_e_0_paired.toFixed(2)}x without the code cache); run_command p50 / direct bwrap spawn = ${ratios.run_command_p50_to_bwrap_true.toFixed(2)}x.`,
    "",
    `In-process phases of one start (ms since startSession): created ${f(inProcessPhases.createdMs)}, server ready ${f(inProcessPhases.serverReadyMs)}, initialized ${f(inProcessPhases.initializedMs)}.`,
  ]);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
