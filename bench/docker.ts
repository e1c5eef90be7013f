// The docker backend's start-up and per-call cost through the full path (MCP client -> mTLS ->
// server in a container), beside baselines measured in the same run with the engine's own CLI:
// `podman run --rm IMAGE true` and `podman exec CONTAINER true` (docker's when the engine is Docker).
// Run: node bench/run.mjs docker [--calls 300] [--starts 10] [--image IMAGE]
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createDockerBackend } from "../src/backends/docker/index.js";
import { startSession } from "../src/host/session.js";
import { median, percentile, timeCommand, writeResults } from "./stats.js";

const root = process.env.SANDBOX_BENCH_ROOT ?? process.cwd();
const testImageTag = /^IMAGE_TAG=(\S+)/m.exec(
  readFileSync(join(root, "scripts/test-engine.sh"), "utf8"),
)?.[1];
const { values } = parseArgs({
  options: {
    calls: { type: "string", default: "300" },
    starts: { type: "string", default: "10" },
    image: { type: "string", default: `localhost/sandbox-action-test/node:${testImageTag}` },
  },
});
const CALLS = Number(values.calls);
const STARTS = Number(values.starts);
const IMAGE = values.image as string;
const serverBundle = join(root, "dist", "sandbox-server.js");
const recordedHost = join(root, ".tools", "test-docker-host");
if (!process.env.DOCKER_HOST && existsSync(recordedHost))
  process.env.DOCKER_HOST = readFileSync(recordedHost, "utf8").trim();
// The engine's own CLI for the baselines, talking to the same engine.
const cli = spawnSync("podman", ["--version"]).status === 0 ? "podman" : "docker";
const cliEnv = { ...process.env, CONTAINER_HOST: process.env.DOCKER_HOST };

const workspace = mkdtempSync(join(tmpdir(), "sbx-bench-ws-"));
if (process.getuid?.() === 0) chownSync(workspace, 1000, 1000);
const backend = createDockerBackend({ log: () => {} });
const config = {
  workspace,
  workspaceMode: "rw" as const,
  network: "none" as const,
  env: {},
  timeoutMs: 60_000,
  readyTimeoutMs: 20_000,
  image: IMAGE,
};
let baselineContainer: string | undefined;
try {
  const runBaseline = timeCommand([cli, "run", "--rm", "--network", "none", IMAGE, "true"], STARTS, {
    env: cliEnv,
  });
  const started = spawnSync(cli, ["run", "-d", "--network", "none", IMAGE, "sleep", "3600"], {
    encoding: "utf8",
    env: cliEnv,
  });
  baselineContainer = started.stdout.trim();
  if (started.status !== 0 || !baselineContainer)
    throw new Error(`cannot start a baseline container: ${started.stderr}`);
  const execBaseline = timeCommand([cli, "exec", baselineContainer, "true"], 30, { env: cliEnv });

  const ready: number[] = [];
  const phases = [];
  for (let i = 0; i < STARTS; i++) {
    const session = await startSession(backend, config, { serverBundle });
    ready.push(session.timings.initializedMs);
    phases.push(session.timings);
    await session.close();
  }

  const session = await startSession(backend, config, { serverBundle });
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
  const leftovers = await backend.list({ "sandbox-action.managed": "true" });

  const r = {
    image: IMAGE,
    engine_cli: cli,
    ready_ms: {
      median: median(ready),
      p95: percentile(ready, 95),
      runs: ready.length,
      measured: "create -> MCP initialize done",
    },
    ready_phases_ms: {
      created: median(phases.map((p) => p.createdMs)),
      server_ready: median(phases.map((p) => p.serverReadyMs)),
      initialized: median(phases.map((p) => p.initializedMs)),
    },
    run_command_true_ms: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      calls: latencies.length,
    },
    baseline_run_rm_true_ms: { median: median(runBaseline), runs: runBaseline.length },
    baseline_exec_true_ms: { median: median(execBaseline), runs: execBaseline.length },
    leftover_containers: leftovers.length,
  };
  const ratios = {
    ready_minus_run_rm_true_ms: r.ready_ms.median - r.baseline_run_rm_true_ms.median,
    exec_true_to_run_command_p50: r.baseline_exec_true_ms.median / r.run_command_true_ms.p50,
  };
  const f = (n: number) => n.toFixed(1);
  writeResults("docker", { ...r, ratios }, [
    `Image \`${IMAGE}\`, engine CLI for the baselines: \`${cli}\`.`,
    "",
    "| measure | median / p50 (ms) | p95 (ms) | samples | target |",
    "| --- | ---: | ---: | ---: | --- |",
    `| ready: create -> MCP initialize done | ${f(r.ready_ms.median)} | ${f(r.ready_ms.p95)} | ${ready.length} | <= 1000 and <= run --rm + 400 |`,
    `| run_command \`true\`, full path | ${f(r.run_command_true_ms.p50)} | ${f(r.run_command_true_ms.p95)} | ${latencies.length} | p50 <= 10 |`,
    `| baseline: \`${cli} run --rm IMAGE true\` | ${f(r.baseline_run_rm_true_ms.median)} | | ${runBaseline.length} | |`,
    `| baseline: \`${cli} exec CONTAINER true\` | ${f(r.baseline_exec_true_ms.median)} | | ${execBaseline.length} | |`,
    "",
    `Ready is ${f(ratios.ready_minus_run_rm_true_ms)} ms beyond \`${cli} run --rm IMAGE true\` (target <= 400). A run_command call is ${ratios.exec_true_to_run_command_p50.toFixed(1)}x faster than \`${cli} exec\` (target >= 10x).`,
    "",
    `Phases of a start (medians, ms since startSession): created ${f(r.ready_phases_ms.created)}, server ready ${f(r.ready_phases_ms.server_ready)}, initialized ${f(r.ready_phases_ms.initialized)}. Containers left afterwards: ${r.leftover_containers}.`,
  ]);
} finally {
  if (baselineContainer)
    spawnSync(cli, ["rm", "-f", "-t", "0", baselineContainer], { stdio: "ignore", env: cliEnv });
  rmSync(workspace, { recursive: true, force: true });
}
