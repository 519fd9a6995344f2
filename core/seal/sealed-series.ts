/**
 * Series as sealed in audit payloads: `{ "YYYY-MM": value }` with blank periods left out
 * (a blank is "no value", which a seal records by absence, never as 0).
 */
import type { Period } from '../model/period.js';

export type SeriesRecord = Record<string, number>;

export function seriesRecord(series: Float64Array, periods: readonly Period[]): SeriesRecord {
  const record: SeriesRecord = {};
  periods.forEach((period, i) => {
    const value = series[i];
    if (value !== undefined && Number.isFinite(value)) record[period] = value;
  });
  return record;
}

/** A sealed record laid out on `periods` (NaN where the record has no number). */
export function seriesFromRecord(record: unknown, periods: readonly Period[]): Float64Array {
  const series = new Float64Array(periods.length).fill(Number.NaN);
  if (record === null || typeof record !== 'object') return series;
  const values = record as Record<string, unknown>;
  periods.forEach((period, i) => {
    const value = values[period];
    if (typeof value === 'number' && Number.isFinite(value)) series[i] = value;
  });
  return series;
}

/**
 * Whether two amounts are the same to 15 significant digits — the precision a spreadsheet
 * keeps — so a value that went through Excel or Sheets and back still matches its seal.
 */
export function sameAmount(a: number | null | undefined, b: number | null | undefined): boolean {
  const blankA = a === null || a === undefined || !Number.isFinite(a);
  const blankB = b === null || b === undefined || !Number.isFinite(b);
  if (blankA || blankB) return blankA && blankB;
  return a === b || Number(a.toPrecision(15)) === Number(b.toPrecision(15));
}

/** Periods in which `current` differs from the sealed record (including periods the register lost). */
export function changedPeriods(sealed: unknown, current: Float64Array, periods: readonly Period[]): Period[] {
  const record = sealed !== null && typeof sealed === 'object' ? (sealed as Record<string, unknown>) : {};
  const changed: Period[] = [];
  const index = new Map(periods.map((p, i) => [p, i]));
  periods.forEach((period, i) => {
    const value = record[period];
    const sealedValue = typeof value === 'number' ? value : null;
    if (!sameAmount(sealedValue, current[i])) changed.push(period);
  });
  for (const period of Object.keys(record)) {
    if (!index.has(period) && typeof record[period] === 'number') changed.push(period);
  }
  return changed.sort();
}
