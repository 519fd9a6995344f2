import { describe, expect, it } from 'vitest';
import { inspectWorkbook } from '../../../core/import/inspect-workbook.js';
import { book } from './grid-book.js';

const OPTIONS = { fiscalYearStart: 1, defaultYear: 2027 };

describe('inspectWorkbook edges', () => {
  it('names a sheet that is not there', () => {
    const result = inspectWorkbook(
      book([
        ['Campaign', 'Jan'],
        ['A', 1],
      ]),
      { ...OPTIONS, sheet: 'Budget', source: 'plan.xlsx' },
    );
    expect(result.error).toBe("There is no sheet 'Budget' in plan.xlsx. Pick one of the sheets listed.");
  });

  it('inspects only the sheet asked for and never the PG sheets', () => {
    const read = {
      sheetNames: ['Notes', 'Plan', 'PG Register'],
      grids: {
        Notes: [['Read me'], ['This workbook holds the plan']],
        Plan: [
          ['Campaign', 'Jan'],
          ['A', 1],
        ],
        'PG Register': [
          ['ID', 'Initiative'],
          ['X', 'Y'],
        ],
      },
    };
    expect(inspectWorkbook(read, OPTIONS).tables.map((t) => t.sheet)).toEqual(['Plan']);
    expect(inspectWorkbook(read, { ...OPTIONS, sheet: 'Plan' }).tables).toHaveLength(1);
  });

  it('says so when a sheet holds no table at all', () => {
    const result = inspectWorkbook(book([['Just a title']], 'Cover'), OPTIONS);
    expect(result.error).toBe(
      "'Cover' has no table: PlanGate looks for a header row with at least two column names and rows below it.",
    );
  });

  it('calls a wide sheet of actual months (Ist Jan, Ist Feb…) actuals', () => {
    const result = inspectWorkbook(
      book([
        ['Kampagne', 'Ist Jan 2027', 'Ist Feb 2027'],
        ['Messe', 100, 200],
      ]),
      OPTIONS,
    );
    expect(result.tables[0].verdict).toBe('actuals');
    expect(result.tables[0].mapping.series).toBe('actual');
  });

  it('notes fiscal quarters that do not line up with calendar quarters', () => {
    const result = inspectWorkbook(
      book([
        ['Initiative', 'Q1 FY27', 'Q2 FY27'],
        ['Pricing', 1, 2],
      ]),
      { ...OPTIONS, fiscalYearStart: 2 },
    );
    expect(result.tables[0].periods).toEqual(['2026-Q1', '2026-Q2']);
    expect(result.tables[0].warnings.join(' ')).toContain('do not line up with calendar quarters');
  });
});
