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
