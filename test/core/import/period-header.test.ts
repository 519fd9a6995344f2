import { describe, expect, it } from 'vitest';
import { readPeriodHeader } from '../../../core/import/period-header.js';
import { fiscalQuarter } from '../../../core/import/resolve-periods.js';

describe('readPeriodHeader', () => {
  it.each([
    ['Jan', null, 1],
    ['Januar', null, 1],
    ['März', null, 3],
    ['Mrz', null, 3],
    ['Dez', null, 12],
    ['Jan-27', 2027, 1],
    ['Jan 2027', 2027, 1],
    ['Januar 2027', 2027, 1],
    ['2027-01', 2027, 1],
    ['01/2027', 2027, 1],
    ['Tháng 3', null, 3],
    // A currency note says nothing about the period.
    ['Jan 2027 (GBP)', 2027, 1],
    ['Jan 2027 (k€)', 2027, 1],
    ['2027-01 in USD', 2027, 1],
    ['03/2027 [TEUR]', 2027, 3],
  ])('reads %s as month %s-%s', (header, year, month) => {
    expect(readPeriodHeader(header)).toMatchObject({ kind: 'month', year, month });
  });

  it('keeps a note that is not a currency: "Jan 2027 (draft)" is not a period header', () => {
    expect(readPeriodHeader('Jan 2027 (draft)')).toBeNull();
    expect(readPeriodHeader('Spend (GBP)')).toBeNull();
  });

  it('reads quarters with and without fiscal years', () => {
    expect(readPeriodHeader('Q1 FY27')).toMatchObject({
      kind: 'quarter',
      year: 2027,
      quarter: 1,
      fiscal: true,
    });
    expect(readPeriodHeader('2027-Q3')).toMatchObject({
      kind: 'quarter',
      year: 2027,
      quarter: 3,
      fiscal: false,
    });
    expect(readPeriodHeader('1. Quartal 2027')).toMatchObject({ kind: 'quarter', year: 2027, quarter: 1 });
  });

  it('reads year columns with the series they hold', () => {
    expect(readPeriodHeader('FY2027')).toMatchObject({
      kind: 'year',
      year: 2027,
      fiscal: true,
      total: false,
    });
    expect(readPeriodHeader('Plan 2017')).toMatchObject({ kind: 'year', year: 2017, series: 'plan' });
    expect(readPeriodHeader('Ist 2016')).toMatchObject({ kind: 'year', year: 2016, series: 'actual' });
    expect(readPeriodHeader('Haushaltssoll\n14. Mt. 2016')).toMatchObject({
      kind: 'year',
      year: 2016,
      series: 'plan',
    });
    expect(readPeriodHeader('Tổng 2021')).toMatchObject({ kind: 'year', year: 2021, total: true });
    expect(readPeriodHeader('Plan Jan')).toMatchObject({ kind: 'month', month: 1, series: 'plan' });
  });

  it('reads dates typed as headers and serial numbers', () => {
    expect(readPeriodHeader(44197)).toEqual({ kind: 'date', iso: '2021-01-01', series: null });
    expect(readPeriodHeader('1/1/2022')).toMatchObject({ kind: 'date', iso: '2022-01-01' });
  });

  it('leaves headers that are not about time alone', () => {
    for (const header of [
      'Campaign',
      'Owner',
      'May Day Sale',
      'Status',
      'Budget type',
      'KPI',
      12,
      'Start Date',
    ]) {
      expect(readPeriodHeader(header)).toBeNull();
    }
  });
});

describe('fiscalQuarter', () => {
  it('translates fiscal quarters named by the year they end in', () => {
    expect([1, 2, 3, 4].map((q) => fiscalQuarter(q, 2027, 7))).toEqual([
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
      '2027-Q2',
    ]);
    expect([1, 2, 3, 4].map((q) => fiscalQuarter(q, 2027, 1))).toEqual([
      '2027-Q1',
      '2027-Q2',
      '2027-Q3',
      '2027-Q4',
    ]);
    expect(fiscalQuarter(1, 2027, 4)).toBe('2026-Q2');
  });
});
