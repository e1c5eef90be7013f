// Durations ("500ms", "30s", "5m", "1h"; a bare number is milliseconds) and sizes ("512k",
// "256m", "2g"; a bare number is bytes), as the CLI and action inputs accept them.

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]) * (DURATION_UNITS[(match[2] ?? "ms").toLowerCase()] ?? 1);
  return Number.isFinite(value) ? Math.round(value) : undefined;
}

/** A duration as parseDuration reads it back, in the largest unit that divides it. */
export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1_000 === 0) return `${ms / 1_000}s`;
  return `${ms}ms`;
}

export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([bkmg]?)(?:i?b)?\s*$/i.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]) * (SIZE_UNITS[(match[2] ?? "").toLowerCase()] ?? 1);
  return Number.isFinite(value) ? Math.round(value) : undefined;
}
