// Soak: create -> one call -> destroy, over and over, per backend (local; docker when an engine
// answers). Per-cycle time (median, p95, min, max) and what is left afterwards: sandboxes carrying
// the cycles' run labels, managed sandboxes beyond those there before, new run directories. The
// leftovers must all be 0. Run: node bench/run.mjs soak [--cycles 50] [--image IMAGE]
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createDockerBackend } from "../src/backends/docker/index.js";
import { SANDBOX_GID, SANDBOX_UID } from "../src/backends/layout.js";
import { createLocalBackend } from "../src/backends/local/index.js";
import { runDirBase } from "../src/backends/run-dir.js";
import type { Backend } from "../src/backends/types.js";
import { LABEL_MANAGED, LABEL_RUN_ID } from "../src/backends/types.js";
import { startSession } from "../src/host/session.js";
import { median, percentile, writeResults } from "./stats.js";

const root = process.env.SANDBOX_BENCH_ROOT ?? process.cwd();
const testImageTag = /^IMAGE_TAG=(\S+)/m.exec(
  readFileSync(join(root, "scripts/test-engine.sh"), "utf8"),
)?.[1];
const { values } = parseArgs({
  options: {
    cycles: { type: "string", default: "50" },
    image: { type: "string", default: `localhost/sandbox-action-test/node:${testImageTag}` },
  },
});
const CYCLES = Number(values.cycles);
const IMAGE = values.image as string;
const serverBundle = join(root, "dist", "sandbox-server.js");
const recordedHost = join(root, ".tools", "test-docker-host");
if (!process.env.DOCKER_HOST && existsSync(recordedHost))
  process.env.DOCKER_HOST = readFileSync(recordedHost, "utf8").trim();

function dockerAnswers(): boolean {
  const host = process.env.DOCKER_HOST;
  if (!host?.startsWith("unix://")) return false;
  const socket = host.slice("unix://".length);
  const get = (path: string) =>
    spawnSync("curl", ["-sf", "--max-time", "5", "--unix-socket", socket, `http://engine${path}`]).status ===
    0;
  return get("/_ping") && get(`/images/${encodeURIComponent(IMAGE)}/json`);
}

function runDirs(): Set<string> {
  const base = runDirBase();
  return new Set(existsSync(base) ? readdirSync(base) : []);
}

interface Soak {
  cycles: number;
  cycle_ms: { median: number; p95: number; min: number; max: number };
  create_to_initialized_ms: { median: number };
  call_ms: { median: number };
  close_ms: { median: number };
  leftover_sandboxes_of_the_cycles: number;
  leftover_managed_sandboxes: number;
  leftover_run_dirs: number;
}

async function soak(backend: Backend, image?: string): Promise<Soak> {
  const workspace = mkdtempSync(join(tmpdir(), "sbx-bench-soak-"));
  if (image && process.getuid?.() === 0) chownSync(workspace, SANDBOX_UID, SANDBOX_GID);
  const config = {
    workspace,
    workspaceMode: "rw" as const,
    network: "none" as const,
    env: {},
    timeoutMs: 60_000,
    readyTimeoutMs: 20_000,
    ...(image ? { image } : {}),
  };
  const managedBefore = new Set((await backend.list({ [LABEL_MANAGED]: "true" })).map((s) => s.id));
  const dirsBefore = runDirs();
  const cycle: number[] = [];
  const ready: number[] = [];
  const call: number[] = [];
  const close: number[] = [];
  const runIds: string[] = [];
  try {
    for (let i = 0; i < CYCLES; i++) {
      const start = performance.now();
      const session = await startSession(backend, config, { serverBundle });
      runIds.push(session.runId);
      const created = performance.now();
      let called = created;
      try {
        const result = await session.client.callTool({
          name: "run_command",
          arguments: { command: `echo cycle-${i}` },
        });
        called = performance.now();
        const stdout = (result.structuredContent as { stdout?: string } | undefined)?.stdout;
        if (result.isError || stdout !== `cycle-${i}\n`)
          throw new Error(`cycle ${i}: unexpected result ${JSON.stringify(result)}`);
      } finally {
        await session.close();
      }
      const end = performance.now();
      cycle.push(end - start);
      ready.push(created - start);
      call.push(called - created);
      close.push(end - called);
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
  let ofCycles = 0;
  for (const runId of runIds) ofCycles += (await backend.list({ [LABEL_RUN_ID]: runId })).length;
  const managed = (await backend.list({ [LABEL_MANAGED]: "true" })).filter((s) => !managedBefore.has(s.id));
  const dirs = [...runDirs()].filter((d) => !dirsBefore.has(d));
  return {
    cycles: cycle.length,
    cycle_ms: {
      median: median(cycle),
      p95: percentile(cycle, 95),
      min: Math.min(...cycle),
      max: Math.max(...cycle),
    },
    create_to_initialized_ms: { median: median(ready) },
    call_ms: { median: median(call) },
    close_ms: { median: median(close) },
    leftover_sandboxes_of_the_cycles: ofCycles,
    leftover_managed_sandboxes: managed.length,
    leftover_run_dirs: dirs.length,
  };
}

const results: Record<string, Soak | string> = {};
results.local = await soak(createLocalBackend());
results.docker = dockerAnswers()
  ? await soak(createDockerBackend({ log: () => {} }), IMAGE)
  : "skipped: no Docker engine answers, or the image is missing";

const f = (n: number) => n.toFixed(1);
const rows = Object.entries(results).map(([name, r]) =>
  typeof r === "string"
    ? `| ${name} | ${r} | | | | | | | |`
    : `| ${name} | ${r.cycles} | ${f(r.cycle_ms.median)} | ${f(r.cycle_ms.p95)} | ${f(r.cycle_ms.min)} - ${f(r.cycle_ms.max)} | ${f(r.create_to_initialized_ms.median)} | ${f(r.call_ms.median)} | ${f(r.close_ms.median)} | ${r.leftover_sandboxes_of_the_cycles} / ${r.leftover_managed_sandboxes} / ${r.leftover_run_dirs} |`,
);
writeResults("soak", { image: IMAGE, ...results }, [
  `Each cycle: startSession -> one run_command call -> session.close(). Docker image \`${IMAGE}\`.`,
  "",
  "| backend | cycles | cycle median (ms) | p95 (ms) | min - max (ms) | start median (ms) | call median (ms) | close median (ms) | leftovers: of the cycles / managed / run dirs |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows,
  "",
  "Leftovers (target 0): sandboxes carrying a cycle's run label; managed sandboxes that were not there before; new run directories.",
]);
const leftovers = Object.values(results).some(
  (r) =>
    typeof r !== "string" &&
    r.leftover_sandboxes_of_the_cycles + r.leftover_managed_sandboxes + r.leftover_run_dirs > 0,
);
if (leftovers) {
  process.stderr.write("soak: something was left behind\n");
  process.exitCode = 1;
}
