import { describe, expect, it } from 'vitest';
import { locateAsOf } from '../../../core/metrics/as-of.js';
import { isoDay } from '../../../core/metrics/iso-day.js';

const months = ['2027-01', '2027-02', '2027-03'];

describe('the as-of period', () => {
  it('is the last register period on or before the as-of date', () => {
    expect(locateAsOf(months, '2027-02-28', 'month', 0).index).toBe(1);
    expect(locateAsOf(months, '2027-01-01', 'month', 0).index).toBe(0);
    expect(locateAsOf(months, '2026-12-31', 'month', 0).index).toBe(-1);
    expect(locateAsOf(months, '2031-05-05', 'month', 0)).toMatchObject({ index: 2, period: '2031-05' });
  });

  it('skips a gap in the periods correctly', () => {
    expect(locateAsOf(['2027-01', '2027-04'], '2027-03-15', 'month', 0).index).toBe(0);
  });

  it('reads dates exactly, leap days included, and rejects impossible ones', () => {
    expect(isoDay('1970-01-01')).toBe(0);
    expect(isoDay('2027-06-15') - isoDay('2027-03-26')).toBe(81);
    expect(isoDay('2028-03-01') - isoDay('2028-02-28')).toBe(2);
    expect(isoDay('2027-02-29')).toBeNaN();
    expect(isoDay('2027-13-01')).toBeNaN();
    expect(isoDay('15.06.2027')).toBeNaN();
    expect(isoDay(null)).toBeNaN();
  });
});
