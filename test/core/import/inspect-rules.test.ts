import { describe, expect, it } from 'vitest';
import { convertTable } from '../../../core/import/convert-table.js';
import { inspectWorkbook } from '../../../core/import/inspect-workbook.js';
import type { ImportSource } from '../../../core/import/imported-plan.js';
import { book, planTotal } from './grid-book.js';

const FY = { fiscalYearStart: 1, defaultYear: 2027 };

function inspectOne(read: ImportSource, fiscalYearStart = 1) {
  const inspection = inspectWorkbook(read, { ...FY, fiscalYearStart });
  const table = inspection.tables[0];
  const plan = convertTable(read, table.mapping, { ...FY, fiscalYearStart });
  return { inspection, table, plan };
}

describe('header row', () => {
  it('skips title rows and finds the header in row 4', () => {
    const { table, plan } = inspectOne(
      book([
        ['Marketing Plan 2027'],
        ['All figures in EUR'],
        [],
        ['Campaign', 'Owner', 'Jan', 'Feb', 'Mar'],
        ['Spring launch', 'Anna Schmidt', 100, 200, 300],
        ['Webinars', 'Ben Carter', 50, 50, 50],
      ]),
    );
    expect(table.headerRow).toBe(4);
    expect(table.verdict).toBe('plan');
    expect(table.periods).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(plan.initiatives.map((i) => i.name)).toEqual(['Spring launch', 'Webinars']);
    expect(table.mapping.fields.owner?.reason).toBe("header 'Owner' is a synonym of Owner");
  });

  it('reads a two-row header whose upper row names the year over the months', () => {
    const { table } = inspectOne(
      book(
        [
          ['Initiative', 'Plan 2026', null, 'Plan 2027', null],
          [null, 'Nov', 'Dec', 'Jan', 'Feb'],
          ['CRM migration', 10, 20, 30, 40],
          ['Partner days', 1, 2, 3, 4],
        ],
        'Plan',
        [
          { top: 0, left: 1, bottom: 0, right: 2 },
          { top: 0, left: 3, bottom: 0, right: 4 },
        ],
      ),
    );
    expect(table.headerRow).toBe(2);
    expect(table.periods).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(table.initiatives).toBe(2);
  });

  it('translates Q1 FY27 with the fiscal year start', () => {
    const { table } = inspectOne(
      book([
        ['Maßnahme', 'Verantwortlich', 'Q1 FY27', 'Q2 FY27', 'Q3 FY27', 'Q4 FY27'],
        ['Messe Köln', 'Jürgen Müller', 1, 2, 3, 4],
      ]),
      7,
    );
    expect(table.periods).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
    expect(table.mapping.fields.name?.header).toBe('Maßnahme');
    expect(table.mapping.fields.owner?.header).toBe('Verantwortlich');
  });

  it('takes the year of month headers from the title, and wraps into the next year', () => {
    const { table, inspection } = inspectOne(
      book([['Budget FY 2027/28'], ['Kampagne', 'Okt', 'Nov', 'Dez', 'Jan'], ['Herbst', 1, 2, 3, 4]]),
    );
    expect(table.periods).toEqual(['2027-10', '2027-11', '2027-12', '2028-01']);
    expect(inspection.tables[0].warnings.join(' ')).toContain('read as 2027');
  });
});

describe('rows', () => {
  const grid = [
    ['Programm', null, null, null],
    ['Kampagne', 'Jan', 'Feb', 'Mär'],
    ['Demand Generation', null, null, null],
    ['Paid Search', 100, 100, 100],
    ['Messen', 200, 0, 300],
    ['Summe Demand Generation', 300, 100, 400],
    [null, null, null, null],
    ['Partner', null, null, null],
    ['Co-Marketing', 50, 60, 70],
    ['Händlertage', 5, 5, 5],
    [null, 55, 65, 75],
    ['', '', '', ''],
    ['Gesamtsumme', 355, 165, 475],
  ];

  it('names programs from section rows and excludes subtotals, unlabelled sums and the grand total', () => {
    const { table, plan } = inspectOne(book(grid));
    expect(plan.initiatives.map((i) => [i.name, i.program])).toEqual([
      ['Paid Search', 'Demand Generation'],
      ['Messen', 'Demand Generation'],
      ['Co-Marketing', 'Partner'],
      ['Händlertage', 'Partner'],
    ]);
    expect(table.excluded).toEqual([
      { row: 3, reason: "section heading: program 'Demand Generation'" },
      { row: 6, reason: "'Summe Demand Generation' is a total row: equals the sum of rows 4–5" },
      { row: 8, reason: "section heading: program 'Partner'" },
      { row: 11, reason: 'unlabelled total: equals the sum of rows 9–10' },
      { row: 13, reason: "'Gesamtsumme' is a total row: equals the sum of all 4 initiatives above it" },
    ]);
    expect(plan.initiatives.reduce((s, i) => s + planTotal(i.plan), 0)).toBe(355 + 165 + 475);
  });

  it('recognises totals in Spanish, French and Vietnamese', () => {
    for (const label of ['Total general', 'Sous-total', 'Tổng Kế Hoạch', 'Grand Total']) {
      const { plan, table } = inspectOne(
        book([
          ['Campaign', 'Jan', 'Feb'],
          ['A', 1, 2],
          ['B', 3, 4],
          [label, 4, 6],
        ]),
      );
      expect(plan.initiatives).toHaveLength(2);
      expect(table.excluded[0].reason).toContain('equals the sum');
    }
  });

  it('warns when a total does not add up instead of importing a wrong number silently', () => {
    const { table } = inspectOne(
      book([
        ['Campaign', 'Jan', 'Feb'],
        ['A', 1, 2],
        ['B', 3, 4],
        ['Total', 5, 6],
      ]),
    );
    expect(table.warnings).toContain(
      "Row 4 ('Total') shows 11 but the rows above it sum to 10: check the sheet; it was not imported as an initiative.",
    );
  });

  it('treats a named row that equals the sum of the rows above it as a subtotal', () => {
    const { plan, table } = inspectOne(
      book([
        ['Campaign', 'Jan', 'Feb', 'Mar'],
        ['A', 1, 2, 3],
        ['B', 3, 4, 5],
        ['Region North', 4, 6, 8],
        ['C', 7, 7, 7],
      ]),
    );
    expect(plan.initiatives.map((i) => i.name)).toEqual(['A', 'B', 'C']);
    expect(table.excluded).toEqual([{ row: 4, reason: 'subtotal: equals the sum of rows 2–3' }]);
  });

  it('reads group rows above their items as program subtotals (name in column A, items in column B)', () => {
    const { plan, table } = inspectOne(
      book([
        ['Quận / Cửa Hàng', null, 'Jan', 'Feb'],
        ['Ba Đình', null, 30, 70],
        [null, 'Ngọc Hồ', 10, 20],
        [null, 'Dốc Chợ', 20, 50],
        ['Tây Hồ', null, 5, 5],
        [null, 'SunPlaza', 5, 5],
        ['Tổng Kế Hoạch', null, 35, 75],
      ]),
    );
    expect(plan.initiatives.map((i) => [i.name, i.program])).toEqual([
      ['Ngọc Hồ', 'Ba Đình'],
      ['Dốc Chợ', 'Ba Đình'],
      ['SunPlaza', 'Tây Hồ'],
    ]);
    expect(table.excluded.map((e) => e.row)).toEqual([2, 5, 7]);
    expect(table.excluded[0].reason).toBe(
      "subtotal of program 'Ba Đình': equals the sum of the 2 rows below it (rows 3–4)",
    );
  });

  it('skips blank and formula-only rows and says how many formula rows there were', () => {
    const { plan, table } = inspectOne(
      book([
        ['Campaign', 'Jan'],
        ['A', 1],
        ['', ''],
        [null, null],
        ['', ''],
        ['B', 2],
      ]),
    );
    expect(plan.initiatives).toHaveLength(2);
    expect(table.warnings).toContain('2 rows hold only formulas that show nothing: skipped.');
  });
});

describe('numbers', () => {
  it('infers a decimal comma per column and reads German numbers typed as text', () => {
    const { plan } = inspectOne(
      book([
        ['Maßnahme', 'Plan 2016', 'Plan 2017'],
        ['Personal', '1.891.919,92', '-206,4'],
        ['Sachkosten', '-451', '0'],
      ]),
    );
    expect(plan.periods[0]).toBe('2016-01');
    expect(plan.periods).toHaveLength(24);
    expect(planTotal(plan.initiatives[0].plan)).toBe(1_891_919.92 - 206.4);
    expect(planTotal(plan.initiatives[1].plan)).toBe(-451);
  });

  it('reads currency signs, thousands separators, (1,200) negatives, k suffixes and placeholders', () => {
    const { plan } = inspectOne(
      book([
        ['Campaign', 'Jan', 'Feb', 'Mar', 'Apr', 'May'],
        ['A', '$1,200', '(1,200)', '1.5k', '--', '#N/A'],
      ]),
    );
    expect(Array.from(plan.initiatives[0].plan).slice(0, 3)).toEqual([1200, -1200, 1500]);
    expect(Number.isNaN(plan.initiatives[0].plan[3])).toBe(true);
    expect(plan.problems).toEqual([
      {
        sheet: 'Plan',
        cell: 'F2',
        message:
          'The cell shows the spreadsheet error #N/A: fix the formula behind it, or type a number or clear the cell',
      },
    ]);
  });

  it('multiplies by the scale the sheet states', () => {
    const { table, plan } = inspectOne(book([['Plan 2027 in TEUR'], ['Campaign', 'Jan'], ['A', 1.5]]));
    expect(table.mapping.scale).toBe(1000);
    expect(plan.initiatives[0].plan[0]).toBe(1500);
  });
});

describe('layouts', () => {
  it('imports a long layout, one row per initiative and month', () => {
    const { table, plan } = inspectOne(
      book([
        ['Region', 'Store', 'Month', 'Plan revenue'],
        ['North', 'Alpha', '1/1/2022', 10],
        ['North', 'Alpha', '2/1/2022', 20],
        ['North', 'Beta', '1/1/2022', 5],
        ['South', 'Alpha', '3/1/2022', 30],
      ]),
    );
    expect(table.mapping.layout).toBe('long');
    expect(table.verdict).toBe('plan');
    expect(plan.periods).toEqual(['2022-01', '2022-02', '2022-03']);
    expect(plan.initiatives.map((i) => [i.name, i.program, planTotal(i.plan)])).toEqual([
      ['Alpha', 'North', 60],
      ['Beta', 'North', 5],
    ]);
    expect(plan.warnings[0]).toContain("'Alpha' is listed under 'South' in row 5");
  });

  it('calls a CRM export of amounts by date actuals, not a plan', () => {
    const { inspection, table } = inspectOne(
      book(
        [
          ['Opportunity Name', 'Amount', 'Close Date'],
          ['Deal 1', 100, '2027-01-15'],
          ['Deal 2', 200, '2027-02-03'],
        ],
        'Opportunities',
      ),
    );
    expect(table.verdict).toBe('actuals');
    expect(inspection.error).toBe(
      "No plan found in 'Opportunities'. 'Opportunities' looks like an export of actuals (2 rows: 'Amount' by 'Close Date'), not a plan. Use Import actuals for it, which matches its rows to initiatives by ID or key.",
    );
  });

  it('explains a sideways sheet (measures down, days across) instead of importing it', () => {
    const days = Array.from({ length: 10 }, (_, i) => 46388 + i);
    const rows = [
      [null, 'Detail', ...days],
      ['Google', 'Budget', ...days.map(() => 100)],
      [null, 'Spend', ...days.map(() => 90)],
      ['Meta', 'Budget', ...days.map(() => 50)],
      [null, 'Spend', ...days.map(() => 40)],
    ];
    const { inspection } = inspectOne(book(rows, 'Data'));
    expect(inspection.error).toContain(
      "'Data' is laid out sideways: the days run across row 1 (2027-01-01 … 2027-01-10)",
    );
    expect(inspection.error).toContain('measures (Budget, Spend)');
  });

  it('says why a tracker without values is not a plan', () => {
    const { inspection } = inspectOne(
      book(
        [
          ['Task', 'Owner', 'Status'],
          ['Write brief', 'Anna Schmidt', 'In Progress'],
          ['Book venue', 'Ben Carter', 'Done'],
        ],
        'Tasks',
      ),
    );
    expect(inspection.error).toBe(
      "No plan found in 'Tasks'. 'Tasks' has a table (header in row 1: Task, Owner, Status) with 2 rows but no plan values: no column holds months (Jan, 2027-01), quarters (Q1 FY27), years (Plan 2027) or a plan total. Add the planned amounts per month and import again, or pick another sheet.",
    );
  });
});

describe('mapping by content', () => {
  it('finds the owner from a column of repeated person names when no header says so', () => {
    const { table } = inspectOne(
      book([
        ['Campaign', 'Who', 'Jan'],
        ['A', 'Anna Schmidt', 1],
        ['B', 'Ben Carter', 1],
        ['C', 'Anna Schmidt', 1],
      ]),
    );
    expect(table.mapping.fields.owner).toMatchObject({
      column: 1,
      confidence: 0.5,
      reason: 'column holds 2 distinct names like a person list (Anna Schmidt, Ben Carter)',
    });
  });
});

describe('IDs', () => {
  const grid = [
    ['Program', 'Campaign', 'Jan'],
    ['Demand', 'Webinar', 1],
    ['Demand', 'Webinar', 2],
    ['Partner', 'Webinar', 3],
  ];

  it('derives stable IDs from sheet, program and name, and numbers duplicates', () => {
    const first = inspectOne(book(grid)).plan;
    const again = inspectOne(book(grid)).plan;
    expect(first.initiatives.map((i) => i.id)).toEqual(again.initiatives.map((i) => i.id));
    const [a, b, c] = first.initiatives.map((i) => i.id);
    expect(a).toMatch(/^webinar-[0-9a-f]{6}$/);
    expect(b).toBe(`${a}-2`);
    expect(c).not.toBe(a);
    expect(first.warnings.join(' ')).toContain(`row 3 → '${a}-2'`);
  });

  it("uses the sheet's ID column when it has one", () => {
    const { plan } = inspectOne(
      book([
        ['ID', 'Campaign', 'Jan'],
        ['C-1', 'Webinar', 1],
        ['C-2', 'Fair', 2],
      ]),
    );
    expect(plan.initiatives.map((i) => i.id)).toEqual(['C-1', 'C-2']);
  });
});
