import { describe, expect, it } from 'vitest';
import { convertTable } from '../../../core/import/convert-table.js';
import { inspectWorkbook } from '../../../core/import/inspect-workbook.js';
import {
  SAMPLE_ACTUALS_SHEET,
  SAMPLE_PLAN_SHEET,
  sampleWorkbook,
} from '../../../core/sample/sample-workbook.js';

const total = (plan: Float64Array): number => plan.reduce((s, v) => (Number.isNaN(v) ? s : s + v), 0);

describe('sampleWorkbook', () => {
  it('is the same workbook every time', () => {
    expect(sampleWorkbook()).toEqual(sampleWorkbook());
  });

  it('looks like a user plan: title rows, header in row 4, sections, subtotals and a grand total', () => {
    const grid = sampleWorkbook().grids[SAMPLE_PLAN_SHEET];
    expect(grid[0][0]).toBe('Northwind Outdoor GmbH · Marketing Plan 2027');
    expect(grid[3].slice(0, 3)).toEqual(['Campaign ID', 'Campaign', 'Owner']);
    expect(grid[4][0]).toBe('Demand Generation');
    expect(grid[grid.length - 1][1]).toBe('Total Marketing Plan 2027');
  });

  it('imports as 22 initiatives in 4 programs, Jan–Dec 2027, totalling the grand total row', () => {
    const read = sampleWorkbook();
    const inspection = inspectWorkbook(read, { fiscalYearStart: 1 });
    expect(inspection.error).toBeNull();
    const [plan, actuals] = inspection.tables;
    expect(plan).toMatchObject({ sheet: SAMPLE_PLAN_SHEET, headerRow: 4, verdict: 'plan', initiatives: 22 });
    expect(plan.periods).toEqual(
      Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`),
    );
    expect(actuals).toMatchObject({ sheet: SAMPLE_ACTUALS_SHEET, verdict: 'actuals' });
    expect(plan.excluded.map((e) => e.row)).toEqual([5, 13, 15, 21, 23, 30, 32, 37, 39]);

    const imported = convertTable(read, plan.mapping, { fiscalYearStart: 1 });
    expect(imported.problems).toEqual([]);
    expect(new Set(imported.initiatives.map((i) => i.program))).toEqual(
      new Set(['Demand Generation', 'Partner Marketing', 'Customer Marketing', 'Sales Enablement']),
    );
    const grid = read.grids[SAMPLE_PLAN_SHEET];
    const grandTotal = grid[grid.length - 1][24];
    expect(imported.initiatives.reduce((s, i) => s + total(i.plan), 0)).toBe(grandTotal);
    expect(grandTotal).toBe(3_947_000);

    const trade = imported.initiatives.find((i) => i.id === 'DG-03')!;
    expect(trade).toMatchObject({
      name: 'OutDoor Munich Trade Show',
      owner: 'Ben Carter',
      sponsor: 'Thomas Brandt',
      controller: 'Jonas Keller',
      target: 500_000,
      start: '2027-01-01',
      due: '2027-12-31',
      keys: ['CRM-1010'],
      implementationStatus: 'green',
      lastReview: '2027-04-20',
    });
    expect(imported.initiatives.find((i) => i.id === 'PM-03')!.keys).toEqual(['CRM-2003', 'CRM-1002']);
    expect(imported.initiatives.find((i) => i.id === 'PM-05')).toMatchObject({
      controller: '',
      target: null,
    });
  });

  it('plants problems worth finding in the CRM export: a watermelon, unmatched and ambiguous keys', () => {
    const grid = sampleWorkbook().grids[SAMPLE_ACTUALS_SHEET];
    const rows = grid.slice(1);
    const sumFor = (key: string): number =>
      rows.filter((r) => r[0] === key).reduce((s, r) => s + (r[3] as number), 0);
    // DG-03 is green but its CRM revenue is a fraction of its Jan–Apr plan (230,800).
    expect(sumFor('CRM-1010')).toBeLessThan(230_800 * 0.25);
    expect(rows.some((r) => r[0] === 'CRM-0950')).toBe(true);
    expect(rows.filter((r) => r[0] === 'CRM-1002')).toHaveLength(1);
    const months = new Set(rows.map((r) => r[2]));
    expect(months.size).toBe(4);
  });
});
