import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { arch, cpus, release } from "node:os";
import { fileURLToPath } from "node:url";

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export const median = (samples: number[]): number => percentile(samples, 50);

/** Wall time of `argv` run to completion `runs` times (after `warmup` unmeasured runs); it must exit 0. */
export function timeCommand(
  argv: string[],
  runs: number,
  options: { warmup?: number; env?: NodeJS.ProcessEnv } = {},
): number[] {
  const warmup = options.warmup ?? 0;
  const samples: number[] = [];
  for (let i = 0; i < runs + warmup; i++) {
    const start = performance.now();
    const result = spawnSync(argv[0] as string, argv.slice(1), { stdio: "ignore", env: options.env });
    if (result.status !== 0) throw new Error(`${argv.join(" ")} exited ${result.status}`);
    if (i >= warmup) samples.push(performance.now() - start);
  }
  return samples;
}

export function machine() {
  return {
    node: process.versions.node,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    kernel: release(),
    arch: arch(),
    date: new Date().toISOString(),
  };
}

/** Writes bench/results/NAME.json and NAME.md and echoes the table. */
export function writeResults(name: string, results: Record<string, unknown>, table: string[]): void {
  const dir = fileURLToPath(
    new URL("./results/", `file://${process.env.SANDBOX_BENCH_ROOT ?? process.cwd()}/bench/`),
  );
  mkdirSync(dir, { recursive: true });
  const m = machine();
  writeFileSync(`${dir}${name}.json`, `${JSON.stringify({ machine: m, results }, null, 2)}\n`);
  const markdown = [
    `# ${name}`,
    "",
    `Node ${m.node}, ${m.cores} x ${m.cpu}, Linux ${m.kernel}, ${m.date}`,
    "",
    ...table,
    "",
  ].join("\n");
  writeFileSync(`${dir}${name}.md`, markdown);
  process.stdout.write(`${markdown}\n`);
}
