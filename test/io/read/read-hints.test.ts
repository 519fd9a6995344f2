import { describe, expect, it } from 'vitest';
import { convertTable, inspectWorkbook } from '../../../core/import/index.js';
import { readWorkbookFile } from '../../../io/read-workbook-file.js';
import { utils, write } from '@e965/xlsx';

const encode = (text: string) => new TextEncoder().encode(text);

async function planOf(name: string, bytes: Uint8Array) {
  const read = await readWorkbookFile(name, bytes);
  const inspection = inspectWorkbook(read, { fiscalYearStart: 1, source: name });
  expect(inspection.error).toBeNull();
  const [table] = inspection.tables;
  return { read, table, plan: convertTable(read, table.mapping, { fiscalYearStart: 1 }) };
}

describe('value hints of text files', () => {
  it('reads 1.200;1.500;900 in a ;-delimited CSV as 1,200, 1,500 and 900', async () => {
    const text = [
      'Maßnahme;Jan 2027;Feb 2027;Mär 2027',
      'Webinare;1.200;1.500;900',
      'Messen;2.000;800;1.100',
    ].join('\r\n');
    const { read, plan } = await planOf('plan.csv', encode(text));
    expect(read.hints).toEqual({ plan: { textExport: true, decimalMark: 'comma' } });
    expect(plan.initiatives.map((i) => [i.name, [...i.plan]])).toEqual([
      ['Webinare', [1200, 1500, 900]],
      ['Messen', [2000, 800, 1100]],
    ]);
  });

  it('keeps "1.5" a decimal in a comma-delimited CSV', async () => {
    const text = ['Initiative,Jan 2027,Feb 2027', 'Webinars,1.5,2.25'].join('\n');
    const { read, plan } = await planOf('plan.csv', encode(text));
    expect(read.hints).toEqual({ plan: { textExport: true } });
    expect([...plan.initiatives[0].plan]).toEqual([1.5, 2.25]);
  });

  it('reads #N/A in a CSV amount column as blank with one note, but reports it in an .xlsx', async () => {
    const rows = [
      ['Initiative', 'Jan 2027', 'Feb 2027'],
      ['Webinars', '100', '#N/A'],
      ['Events', '#N/A', '300'],
    ];
    const fromCsv = await planOf('plan.csv', encode(rows.map((r) => r.join(',')).join('\n')));
    expect(fromCsv.plan.problems).toEqual([]);
    expect(fromCsv.plan.initiatives.map((i) => [...i.plan])).toEqual([
      [100, NaN],
      [NaN, 300],
    ]);
    expect(fromCsv.plan.warnings).toContain(
      '2 amount cells show #N/A, which this export writes for "no value": read as blank.',
    );

    const book = utils.book_new();
    const sheet = utils.aoa_to_sheet([rows[0], ['Webinars', 100, 200], ['Events', 50, 300]]);
    sheet['C2'] = { t: 'e', v: 0x2a };
    utils.book_append_sheet(book, sheet, 'Plan');
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const fromXlsx = await planOf('plan.xlsx', bytes);
    expect(fromXlsx.read.hints).toBeUndefined();
    expect(fromXlsx.plan.problems.map((p) => [p.cell, p.message])).toEqual([
      [
        'C2',
        'The cell shows the spreadsheet error #N/A: fix the formula behind it, or type a number or clear the cell',
      ],
    ]);
  });
});
