import { describe, expect, it } from 'vitest';
import type { Grid } from '../../core/model/cell.js';
import type { SheetLayout } from '../../core/contract/workbook-port.js';
import { ExcelWorkbook } from '../../excel-addin/excel-workbook.js';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';
import { jsonBytes } from '../fakes/excel/request-context.js';

const layout: SheetLayout = {
  headerRows: 1,
  currency: 'EUR',
  columns: [{ kind: 'text' }, { kind: 'money' }, { kind: 'date' }, { kind: 'percent' }],
};
const MONEY = '[$EUR] #,##0.00';

async function write(rows: Grid) {
  const excel = createFakeExcel();
  await new ExcelWorkbook({ run: excel.run }).write({
    sheets: [{ sheet: 'PG Register', mode: 'replace', rows, layout }],
  });
  return { excel, sheet: excel.state.find('PG Register')! };
}

describe('Excel writes number formats per column run, not per cell', () => {
  it('still gives every cell its format: headers and text as text, numbers and blanks their column’s', async () => {
    const rows: Grid = [
      ['ID', 'Target', 'Due', 'Realization'],
      ['A-1', 1200.5, 46477, 0.5],
      ['A-2', 'n/a', null, 0.75],
      ['2027-01', null, 46500, null],
    ];
    const { sheet } = await write(rows);
    expect(sheet.numberFormat(0, 1)).toBe('@');
    expect(sheet.numberFormat(0, 3)).toBe('@');
    expect([1, 2, 3].map((r) => sheet.numberFormat(r, 0))).toEqual(['@', '@', '@']);
    expect([1, 2, 3].map((r) => sheet.numberFormat(r, 1))).toEqual([MONEY, '@', MONEY]);
    expect([1, 2, 3].map((r) => sheet.numberFormat(r, 2))).toEqual([
      'yyyy-mm-dd',
      'yyyy-mm-dd',
      'yyyy-mm-dd',
    ]);
    expect([1, 2, 3].map((r) => sheet.numberFormat(r, 3))).toEqual(['0.0%', '0.0%', '0.0%']);
    // Text typed into a money column stays text; a date-like ID stays the string it was.
    expect(sheet.value(2, 1)).toBe('n/a');
    expect(sheet.value(3, 0)).toBe('2027-01');
  });

  it('sends little more than the values themselves for a 2,000-row register', async () => {
    const rows: Grid = [
      ['ID', 'Target', 'Due', 'Realization'],
      ...Array.from({ length: 2_000 }, (_, i) => [
        `A-${i}`,
        i % 9 === 0 ? null : 1000 + i,
        46477 + i,
        i / 4000,
      ]),
    ];
    const { excel } = await write(rows);
    const sent = excel.stats.syncs.reduce((sum, s) => sum + s.bytes, 0);
    const values = jsonBytes(rows.map((row) => row.map((v) => v ?? '')));
    // A format per cell would add about 60% here; runs add a few hundred bytes.
    expect(sent).toBeLessThan(values * 1.1);
  });

  it('writes a column whose formats alternate as one array, with every cell right', async () => {
    const rows: Grid = [
      ['ID', 'Target', 'Due', 'Realization'],
      ...Array.from({ length: 400 }, (_, i) => [`A-${i}`, i % 2 === 0 ? 'tbd' : i, 46477, 0.5]),
    ];
    const { excel, sheet } = await write(rows);
    for (let r = 1; r <= 400; r++) expect(sheet.numberFormat(r, 1)).toBe(r % 2 === 1 ? '@' : MONEY);
    const sent = excel.stats.syncs.reduce((sum, s) => sum + s.bytes, 0);
    // 400 single-cell assignments would cost over 20 kB of action overhead alone.
    expect(sent).toBeLessThan(jsonBytes(rows) + 12_000);
  });
});
