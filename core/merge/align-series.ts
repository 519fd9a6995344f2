import type { Period } from '../model/period.js';

/** Sorted union of two period lists, without duplicates. */
export function unionPeriods(a: readonly Period[], b: readonly Period[]): Period[] {
  return [...new Set([...a, ...b])].sort();
}

/** A series re-indexed from one period list to another; periods it did not have are blank (NaN). */
export function realignSeries(
  series: Float64Array,
  from: readonly Period[],
  to: readonly Period[],
): Float64Array {
  const out = new Float64Array(to.length).fill(Number.NaN);
  const index = new Map(to.map((p, i) => [p, i]));
  from.forEach((p, i) => {
    const j = index.get(p);
    if (j !== undefined) out[j] = series[i] ?? Number.NaN;
  });
  return out;
}
