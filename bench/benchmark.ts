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

/**
 * Median wall times (ms) of several functions run in alternation, so a busy machine slows each
 * of them alike and their ratio stays meaningful. Returns each function's last result too.
 */
export function interleavedMedians<K extends string>(
  fns: Record<K, () => unknown>,
  warmups: number,
  runs: number,
): Record<K, { ms: number; last: unknown }> {
  const names = Object.keys(fns) as K[];
  const samples = new Map<K, number[]>(names.map((n) => [n, []]));
  const last = new Map<K, unknown>();
  for (let r = 0; r < warmups + runs; r++) {
    for (const name of names) {
      const start = performance.now();
      last.set(name, fns[name]());
      const elapsed = performance.now() - start;
      if (r >= warmups) samples.get(name)!.push(elapsed);
    }
  }
  const out = {} as Record<K, { ms: number; last: unknown }>;
  for (const name of names) {
    const sorted = samples.get(name)!.sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    out[name] = {
      ms: sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
      last: last.get(name),
    };
  }
  return out;
}
