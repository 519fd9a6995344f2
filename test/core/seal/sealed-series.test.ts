import { describe, expect, it } from 'vitest';
import {
  changedPeriods,
  sameAmount,
  seriesFromRecord,
  seriesRecord,
} from '../../../core/seal/sealed-series.js';

const periods = ['2027-01', '2027-02', '2027-03'];

describe('sealed series', () => {
  it('leaves blanks out and reads them back as blanks', () => {
    const record = seriesRecord(new Float64Array([1, Number.NaN, 0]), periods);
    expect(record).toEqual({ '2027-01': 1, '2027-03': 0 });
    expect(Array.from(seriesFromRecord(record, periods))).toEqual([1, NaN, 0]);
    expect(Array.from(seriesFromRecord('garbage', periods))).toEqual([NaN, NaN, NaN]);
  });

  it('finds changed periods, blank versus zero and periods the register lost', () => {
    const sealed = { '2026-12': 5, '2027-01': 1, '2027-03': 0 };
    expect(changedPeriods(sealed, new Float64Array([1, Number.NaN, 0]), periods)).toEqual(['2026-12']);
    expect(changedPeriods({ '2027-01': 1 }, new Float64Array([1, 0, Number.NaN]), periods)).toEqual([
      '2027-02',
    ]);
    expect(
      changedPeriods({ '2027-01': 1, '2027-03': 0 }, new Float64Array([2, Number.NaN, Number.NaN]), periods),
    ).toEqual(['2027-01', '2027-03']);
  });

  it('compares amounts to the 15 digits a spreadsheet keeps', () => {
    expect(sameAmount(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameAmount(100, 100.01)).toBe(false);
    expect(sameAmount(null, Number.NaN)).toBe(true);
    expect(sameAmount(0, null)).toBe(false);
  });
});
