import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertTable } from '../../../core/import/convert-table.js';
import { inspectWorkbook } from '../../../core/import/inspect-workbook.js';
import type { ImportSource } from '../../../core/import/imported-plan.js';
import type { MergedRange } from '../../../core/import/merged-range.js';
import type { CellValue, Grid } from '../../../core/model/cell.js';

const WORDS = [
  'Jan',
  'Feb',
  'März',
  'Q1 FY27',
  'Total',
  'Summe',
  'Tổng',
  'Campaign',
  'Owner',
  'Plan 2027',
  'Ist 2026',
  '1.200,50',
  '(1,200)',
  '$1.2k',
  '--',
  '#N/A',
  '#DIV/0!',
  'n/a',
  '12 %',
  'Anna Schmidt',
  '2027-01',
  '1/1/2022',
  '',
  ' ',
  'Demand Generation',
  'TEST',
  'Budget',
  'Daily',
  'Status',
  'Green',
  'FY2027',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.integer({ min: 25_000, max: 80_000 }),
  fc.boolean(),
);

const merge: fc.Arbitrary<MergedRange> = fc
  .record({ top: fc.nat(14), left: fc.nat(8), h: fc.nat(3), w: fc.nat(4) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

const anyGrid = fc.record({
  grid: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 16 }),
  merges: fc.array(merge, { maxLength: 4 }),
});

/** A plan-shaped sheet: title, header of months, initiatives, sections, blanks and totals right or wrong. */
const planGrid = fc
  .record({
    title: fc.boolean(),
    rows: fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant('item' as const),
          name: fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta', 'Webinar', 'Fair'),
          values: fc.array(fc.option(fc.integer({ min: -500, max: 5000 }), { nil: null }), {
            minLength: 3,
            maxLength: 3,
          }),
        }),
        fc.record({
          kind: fc.constant('section' as const),
          name: fc.constantFrom('Partner', 'Demand', 'Events'),
        }),
        fc.record({
          kind: fc.constant('total' as const),
          label: fc.constantFrom('Total', 'Summe', 'Subtotal', 'Tổng'),
          off: fc.constantFrom(0, 0, 1),
        }),
        fc.constant({ kind: 'blank' as const }),
      ),
      { maxLength: 14 },
    ),
  })
  .map(({ title, rows }) => {
    const grid: Grid = title
      ? [
          ['Plan 2027', null, null, null],
          [null, null, null, null],
        ]
      : [];
    grid.push(['Campaign', 'Jan', 'Feb', 'Mar']);
    let block = [0, 0, 0];
    for (const row of rows) {
      if (row.kind === 'item') {
        grid.push([row.name, ...row.values]);
        row.values.forEach((v, i) => (block[i] += v ?? 0));
      } else if (row.kind === 'section') {
        grid.push([row.name, null, null, null]);
        block = [0, 0, 0];
      } else if (row.kind === 'total') {
        grid.push([row.label, block[0] + row.off, block[1], block[2]]);
        block = [0, 0, 0];
      } else {
        grid.push([null, null, null, null]);
      }
    }
    return grid;
  });

function source(grid: Grid, merges: MergedRange[] = []): ImportSource {
  return { sheetNames: ['Fuzz'], grids: { Fuzz: grid }, merges: { Fuzz: merges } };
}

function sumPlan(plans: { plan: Float64Array }[]): number {
  let s = 0;
  for (const p of plans) for (const v of p.plan) if (!Number.isNaN(v)) s += v;
  return Math.round(s * 100) / 100;
}

describe('plan import never throws, never changes the grid, never hides a total', () => {
  it('any grid with any merges yields an inspection or a clear error', () => {
    fc.assert(
      fc.property(anyGrid, ({ grid, merges }) => {
        const read = source(grid, merges);
        const before = JSON.stringify(read);
        const inspection = inspectWorkbook(read, { fiscalYearStart: 1, defaultYear: 2027 });
        if (!inspection.tables.some((t) => t.verdict === 'plan')) {
          expect(typeof inspection.error).toBe('string');
          expect(inspection.error!.length).toBeGreaterThan(20);
        }
        for (const table of inspection.tables)
          convertTable(read, table.mapping, { fiscalYearStart: 1, defaultYear: 2027 });
        expect(JSON.stringify(read)).toBe(before);
      }),
      { numRuns: 400 },
    );
  });

  it('every total row either adds up (and the import matches it) or a warning says it does not', () => {
    fc.assert(
      fc.property(planGrid, (grid) => {
        const read = source(grid);
        const inspection = inspectWorkbook(read, { fiscalYearStart: 1, defaultYear: 2027 });
        for (const table of inspection.tables) {
          const plan = convertTable(read, table.mapping, { fiscalYearStart: 1, defaultYear: 2027 });
          for (const excluded of table.excluded) {
            if (!excluded.reason.includes('is a total row')) continue;
            const values = grid[excluded.row - 1]
              .slice(1)
              .reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
            if (excluded.reason.includes('(it does not add up)')) {
              expect(table.warnings.some((w) => w.startsWith(`Row ${excluded.row} (`))).toBe(true);
            } else if (excluded.reason.includes('equals the sum of all')) {
              const above = plan.initiatives.filter((_, k) => plan.sourceRows[k] < excluded.row);
              expect(sumPlan(above)).toBe(Math.round(values * 100) / 100);
            } else {
              expect(excluded.reason).toMatch(/equals the sum of rows? \d|\(no values\)/);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
