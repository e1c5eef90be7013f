// Issue 3's numbers, each beside its baseline in the same run:
// - `node dist/index.js --version` against `node -e 0` (target: within 1.3x);
// - the action's main step, start -> outputs written, on the local backend (target: <= 1 s);
// - a tools/call through the daemon (its own process, as in production) against the same call
//   straight to an identical sandbox (target: the proxy adds <= 3 ms p50).
// Run: node bench/run.mjs action
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Duplex } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { createLocalBackend } from "../src/backends/local/index.js";
import { type ChannelFetch, createChannelFetch } from "../src/host/channel-fetch.js";
import { startSession } from "../src/host/session.js";
import { acceptStructuredContent } from "../src/mcp/validators.js";
import { median, percentile, timeCommand, writeResults } from "./stats.js";

const root = process.env.SANDBOX_BENCH_ROOT ?? process.cwd();
const dist = join(root, "dist");

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
 * this process's own mTLS session to an identical sandbox. Calls alternate between the paths.
 *
 * What the daemon adds is measured with the same client on both paths: the SDK's client with the
 * host's node:http fetch (the one the direct session uses). An agent on the SDK's default fetch
 * (Node's undici) is measured too: its own client costs more per request, whatever it talks to.
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
  const port = Number(new URL(daemon.mcp_url).port);
  const connectAgent = async (fetch?: ChannelFetch["fetch"]) => {
    const agent = new Client(
      { name: "bench", version: "0" },
      { jsonSchemaValidator: acceptStructuredContent },
    );
    const headers: Record<string, string> = { authorization: `Bearer ${daemon.mcp_token}` };
    // node:http over a socket it did not open itself sends no port in Host; the daemon wants it
    if (fetch) headers.host = `127.0.0.1:${port}`;
    await agent.connect(
      new StreamableHTTPClientTransport(new URL(daemon.mcp_url), {
        ...(fetch ? { fetch } : {}),
        requestInit: { headers },
      }),
    );
    return agent;
  };
  const loopback = createChannelFetch(
    () =>
      new Promise<Duplex>((resolve, reject) => {
        const socket = net.connect(port, "127.0.0.1", () => resolve(socket));
        socket.once("error", reject);
      }),
  );
  const agent = await connectAgent(loopback.fetch);
  const undiciAgent = await connectAgent();
  const direct: number[] = [];
  const proxied: number[] = [];
  const proxiedUndici: number[] = [];
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
      start = performance.now();
      await undiciAgent.callTool(args);
      const u = performance.now() - start;
      if (i >= 20) {
        direct.push(d);
        proxied.push(p);
        proxiedUndici.push(u);
      }
    }
  } finally {
    await agent.close();
    await undiciAgent.close();
    loopback.close();
    await session.close();
    spawnSync(process.execPath, [join(dist, "index.js"), "down", "--state", stateFile], { cwd: workspace });
    rmSync(workspace, { recursive: true, force: true });
  }
  return { direct, proxied, proxiedUndici };
}

const nodeBaseline = timeCommand([process.execPath, "-e", "0"], 30, { warmup: 3 });
const version = timeCommand([process.execPath, join(dist, "index.js"), "--version"], 30, { warmup: 3 });
const main = await mainStep(10);
const { direct, proxied, proxiedUndici } = await proxyOverhead(300);

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
  call_through_proxy_undici_agent_ms: {
    p50: percentile(proxiedUndici, 50),
    p95: percentile(proxiedUndici, 95),
    calls: proxiedUndici.length,
  },
  undici_agent_adds_p50_ms: percentile(proxiedUndici, 50) - percentile(direct, 50),
};
const f = (n: number) => n.toFixed(1);
writeResults("action", r, [
  "| measure | median / p50 (ms) | baseline (ms) | ratio or difference | target |",
  "| --- | ---: | ---: | ---: | --- |",
  `| \`node dist/index.js --version\` | ${f(r.version_ms.median)} | \`node -e 0\`: ${f(r.baseline_node_e_0_ms.median)} | ${r.version_ratio.toFixed(2)}x | <= 1.3x |`,
  `| action main step: start -> outputs written (local) | ${f(r.main_step_to_outputs_ms.median)} | | | <= 1000 |`,
  `| tools/call run_command \`true\` through the proxy (same client as direct) | ${f(r.call_through_proxy_ms.p50)} | direct: ${f(r.call_direct_ms.p50)} | +${f(r.proxy_adds_p50_ms)} | <= +3 |`,
  `| the same, agent on the SDK's default fetch (undici) | ${f(r.call_through_proxy_undici_agent_ms.p50)} | direct: ${f(r.call_direct_ms.p50)} | +${f(r.undici_agent_adds_p50_ms)} | (informational) |`,
]);
