/** What a file in `bench/benchmarks/` exports as default: a name and figures under stable keys. */
export interface Benchmark {
  name: string;
  run(): Promise<Record<string, number | string>>;
}

/** Median wall time (ms) of `runs` calls after `warmups` untimed ones; returns the last result too. */
export function medianTime<T>(
  fn: () => T,
  warmups: number,
  runs: number,
): { ms: number; samples: number[]; last: T } {
  let last = fn();
  for (let i = 1; i < warmups; i++) last = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = fn();
    samples.push(performance.now() - start);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const ms = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { ms, samples, last };
}

/** Round for display in figures (keeps JSON short and stable). */
export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function megabytes(bytes: number): number {
  return round(bytes / (1024 * 1024), 1);
}
