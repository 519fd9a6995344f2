import { describe, expect, it } from 'vitest';
import { convertTable } from '../../../core/import/convert-table.js';
import { inspectWorkbook } from '../../../core/import/inspect-workbook.js';
import type { ImportSource } from '../../../core/import/imported-plan.js';
import { book } from './grid-book.js';

const FY = { fiscalYearStart: 1, defaultYear: 2027 };

function convert(read: ImportSource) {
  const inspection = inspectWorkbook(read, FY);
  const table = inspection.tables[0];
  return { table, plan: convertTable(read, table.mapping, FY) };
}

const plan = (keys: string[]) =>
  book([
    ['Campaign', 'Keys', 'Jan 2027', 'Feb 2027'],
    ['Spring launch', keys[0], 100, 200],
    ['Webinars', keys[1], 50, 50],
    ['Trade fair', keys[2], 10, 10],
  ]);

describe('the Keys column of a plan', () => {
  it('reads a quoted key that holds a comma as one key', () => {
    const { table, plan: imported } = convert(
      plan(['"Müller, Hans GmbH", CAMP-7', '„Schmidt; Partner“; 7011A', 'A1 | B2, C3']),
    );
    expect(table.mapping.fields.keys?.header).toBe('Keys');
    expect(imported.initiatives.map((i) => i.keys)).toEqual([
      ['Müller, Hans GmbH', 'CAMP-7'],
      ['Schmidt; Partner', '7011A'],
      ['A1', 'B2', 'C3'],
    ]);
    expect(imported.problems).toEqual([]);
  });

  it('reports a quote never closed at its cell and still reads the keys after it', () => {
    const { table, plan: imported } = convert(plan(['CAMP-1', '"Müller, Hans GmbH, CAMP-7', 'CAMP-3']));
    expect(imported.initiatives[1].keys).toEqual(['"Müller', 'Hans GmbH', 'CAMP-7']);
    expect(imported.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['Plan!B3']);
    expect(imported.problems[0].message).toMatch(
      /^Keys: the quote at "Müller, Hans GmbH, CAMP-7 is never closed: add a closing quote/,
    );
    expect(table.warnings.join(' ')).toContain('1 cell could not be read (first: B3: Keys: the quote');
  });
});
