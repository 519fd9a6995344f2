import { describe, expect, it } from 'vitest';
import { inspectWorkbook } from '../../../core/import/inspect-workbook.js';
import { previewConversion } from '../../../core/import/preview-conversion.js';
import { book } from './grid-book.js';

describe('previewConversion', () => {
  const read = book([
    ['Programm', 'Maßnahme', 'Kostenstelle', 'Jan', 'Feb'],
    ['Events', 'Messe Köln', 'KST-100', 1000, 2000],
    ['Events', 'Messe Köln Detail', '', 10, 20],
    ['Digital', 'SEA', 'KST-200', 500, '1.250,50'],
    ['Digital', 'SEO', '', 'abc', 10],
    ['Digital', 'Social', 'KST-300', 1, 1],
    ['Digital', 'Display', '', 1, 1],
    ['Digital', 'Mailing', 'KST-400', 1, 1],
    ['Digital', 'Affiliate', '', 1, 1],
    ['Digital', 'Video', 'KST-500', 1, 1],
    ['Digital', 'Podcast', '', 1, 1],
    ['Gesamtsumme', null, null, 1515, 3276.5],
  ]);

  it('shows what a conversion would create, with the cells it cannot read, without writing', () => {
    const before = JSON.stringify(read);
    const { tables } = inspectWorkbook(read, { fiscalYearStart: 1, defaultYear: 2027 });
    const preview = previewConversion(read, tables[0].mapping, { fiscalYearStart: 1, defaultYear: 2027 });
    expect(JSON.stringify(read)).toBe(before);
    expect(preview.initiatives).toBe(10);
    expect(preview.periods).toEqual(['2027-01', '2027-02']);
    expect(preview.rows[3]).toMatchObject({ row: 5, name: 'SEO', program: 'Digital', planTotal: 10 });
    expect(preview.planTotal).toBe(3000 + 30 + 1750.5 + 10 + 12);
    expect(preview.warnings).toContain(
      'Plan!D5: "abc" is not a number: type an amount such as 1200, 1,200.50 or (1,200) for a negative',
    );
    expect(preview.excluded).toEqual([
      { row: 12, reason: "'Gesamtsumme' is a total row (it does not add up)" },
    ]);
  });

  it('says when summary and detail rows are mixed in one program', () => {
    const { tables } = inspectWorkbook(read, { fiscalYearStart: 1, defaultYear: 2027 });
    const preview = previewConversion(read, tables[0].mapping, { fiscalYearStart: 1, defaultYear: 2027 });
    expect(preview.warnings.find((w) => w.startsWith('The rows come at two levels'))).toBe(
      "The rows come at two levels of detail: 5 rows name a 'Kostenstelle' and 5 do not, and 2 programs (Events, Digital) have both: if the detail rows break down the summary rows, exclude one kind before converting, or the money is counted twice.",
    );
  });
});
