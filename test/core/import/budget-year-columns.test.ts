import { describe, expect, it } from 'vitest';
import { inspectWorkbook } from '../../../core/import/index.js';
import { book } from './grid-book.js';

const SETTINGS = { fiscalYearStart: 1, defaultYear: 2027 };

describe('year columns of a budget sheet', () => {
  const rows = [
    [null, null, null, null, null, null],
    ['Code', 'Account', null, 2024, '2025 [B]', '2026 [B]'],
    ['80.21', 'Rent', null, 56232, 40000, 40000],
    ['80.91', 'Catering', null, 42794, 30000, 30000],
    ['40.20', 'Cleaning', null, 13610, 15000, 15000],
  ];

  it("reads '2025 [B]' as a budget year, keeps a bare actual year out and bridges the spacer column", () => {
    const [table] = inspectWorkbook(book(rows), SETTINGS).tables;
    expect(table.verdict).toBe('plan');
    expect(table.headerRow).toBe(2);
    expect(table.mapping.periodColumns.map((p) => [p.header, p.period])).toEqual([
      ['2025 [B]', '2025'],
      ['2026 [B]', '2026'],
    ]);
    expect(table.warnings).toContain(
      "Column '2024' does not say it is the plan, as the columns beside it do: not imported (map it if it is the plan).",
    );
  });

  it('never takes a row of amounts as a header of dates', () => {
    // 56232 and 40000 are amounts, not the dates 2053-12-14 and 2009-07-06.
    const [table] = inspectWorkbook(book(rows), SETTINGS).tables;
    expect(table.headerRow).not.toBe(3);
    expect(table.periods.every((p) => p.startsWith('2025') || p.startsWith('2026'))).toBe(true);
  });
});
