// Issue 3's numbers, each beside its baseline in the same run:
// - `node dist/index.js --version` against `node -e 0` (target: within 1.3x);
// - the action's main step, start -> outputs written, on the local backend (target: <= 1 s);
// - a tools/call through the daemon (its own process, as in production) against the same call
//   straight to an identical sandbox (target: the proxy adds <= 3 ms p50).
// Run: node bench/run.mjs action
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { createLocalBackend } from "../src/backends/local/index.js";
import { startSession } from "../src/host/session.js";
import { acceptStructuredContent } from "../src/mcp/validators.js";
import { median, percentile, writeResults } from "./stats.js";

const root = process.env.SANDBOX_BENCH_ROOT ?? process.cwd();
const dist = join(root, "dist");

function timeCommand(argv: string[], runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now();
    const result = spawnSync(argv[0] as string, argv.slice(1), { stdio: "ignore" });
    if (result.status !== 0) throw new Error(`${argv.join(" ")} exited ${result.status}`);
    if (i >= 3) samples.push(performance.now() - start);
  }
  return samples;
}

function run(script: string, env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dist, script)], { env, cwd, stdio: "ignore" });
    child.on("close", (code) => (code === 0 ? resolve(0) : reject(new Error(`${script} exited ${code}`))));
  });
}

/** Main step wall time (spawn -> exit, outputs written), then post to clean up; `runs` times. */
async function mainStep(runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), "sbx-bench-action-"));
    const workspace = join(dir, "ws");
    mkdirSync(workspace);
    const files = { output: join(dir, "out"), state: join(dir, "state"), summary: join(dir, "summary") };
    for (const f of Object.values(files)) writeFileSync(f, "");
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
    };
    const start = performance.now();
    await run("action-main.js", env, workspace);
    samples.push(performance.now() - start);
    if (!readFileSync(files.output, "utf8").includes("mcp-url"))
      throw new Error("main step wrote no outputs");
    const state: NodeJS.ProcessEnv = { ...env };
    for (const m of readFileSync(files.state, "utf8").matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
      state[`STATE_${m[1]}`] = m[3];
    }
    await run("action-post.js", state, workspace);
    rmSync(dir, { recursive: true, force: true });
  }
  return samples;
}

/**
 * As in production: the daemon is its own process (started by `up`), the agent another. Direct:
 * this process's own mTLS session to an identical sandbox. Calls alternate between the two.
 */
async function proxyOverhead(calls: number) {
  const workspace = mkdtempSync(join(tmpdir(), "sbx-bench-ws-"));
  const stateFile = join(workspace, "..", `${workspace.split("/").pop()}-state.json`);
  const up = spawnSync(process.execPath, [join(dist, "index.js"), "up", "--json", "--state", stateFile], {
    cwd: workspace,
    encoding: "utf8",
  });
  if (up.status !== 0) throw new Error(`up failed: ${up.stderr}`);
  const daemon = JSON.parse(up.stdout) as { mcp_url: string; mcp_token: string };
  const session = await startSession(
    createLocalBackend(),
    { workspace, workspaceMode: "rw", network: "none", env: {}, timeoutMs: 60_000, readyTimeoutMs: 20_000 },
    { serverBundle: join(dist, "sandbox-server.js") },
  );
  const agent = new Client({ name: "bench", version: "0" }, { jsonSchemaValidator: acceptStructuredContent });
  await agent.connect(
    new StreamableHTTPClientTransport(new URL(daemon.mcp_url), {
      requestInit: { headers: { authorization: `Bearer ${daemon.mcp_token}` } },
    }),
  );
  const direct: number[] = [];
  const proxied: number[] = [];
  const args = { name: "run_command", arguments: { command: "true" } };
  try {
    // Interleaved, so the machine's mood hits both alike; the first calls warm up.
    for (let i = 0; i < calls + 20; i++) {
      let start = performance.now();
      await session.client.callTool(args);
      const d = performance.now() - start;
      start = performance.now();
      await agent.callTool(args);
      const p = performance.now() - start;
      if (i >= 20) {
        direct.push(d);
        proxied.push(p);
      }
    }
  } finally {
    await agent.close();
    await session.close();
    spawnSync(process.execPath, [join(dist, "index.js"), "down", "--state", stateFile], { cwd: workspace });
    rmSync(workspace, { recursive: true, force: true });
  }
  return { direct, proxied };
}

const nodeBaseline = timeCommand([process.execPath, "-e", "0"], 30);
const version = timeCommand([process.execPath, join(dist, "index.js"), "--version"], 30);
const main = await mainStep(10);
const { direct, proxied } = await proxyOverhead(300);

const r = {
  version_ms: { median: median(version), runs: version.length },
  baseline_node_e_0_ms: { median: median(nodeBaseline), runs: nodeBaseline.length },
  version_ratio: median(version) / median(nodeBaseline),
  main_step_to_outputs_ms: { median: median(main), p95: percentile(main, 95), runs: main.length },
  call_direct_ms: { p50: percentile(direct, 50), p95: percentile(direct, 95), calls: direct.length },
  call_through_proxy_ms: {
    p50: percentile(proxied, 50),
    p95: percentile(proxied, 95),
    calls: proxied.length,
  },
  proxy_adds_p50_ms: percentile(proxied, 50) - percentile(direct, 50),
};
const f = (n: number) => n.toFixed(1);
writeResults("action", r, [
  "| measure | median / p50 (ms) | baseline (ms) | ratio or difference | target |",
  "| --- | ---: | ---: | ---: | --- |",
  `| \`node dist/index.js --version\` | ${f(r.version_ms.median)} | \`node -e 0\`: ${f(r.baseline_node_e_0_ms.median)} | ${r.version_ratio.toFixed(2)}x | <= 1.3x |`,
  `| action main step: start -> outputs written (local) | ${f(r.main_step_to_outputs_ms.median)} | | | <= 1000 |`,
  `| tools/call run_command \`true\` through the proxy | ${f(r.call_through_proxy_ms.p50)} | direct: ${f(r.call_direct_ms.p50)} | +${f(r.proxy_adds_p50_ms)} | <= +3 |`,
]);
