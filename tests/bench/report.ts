export interface BenchContext {
  /** A scratch folder removed after the run. */
  dir: string;
  print(line: string): void;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
