// Ordinal string order. String#localeCompare would do for sorting paths and timestamps, but its
// first call builds ICU's collator: ~9 ms on every start of a sandbox.
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
