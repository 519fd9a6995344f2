import { describe, expect, it } from 'vitest';
import { ConcurrentEditError, type SheetLayout } from '../../core/contract/workbook-port.js';
import { SheetsWorkbook } from '../../sheets-addon/server/sheets-workbook.js';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';

function setup(timeZone = 'Europe/Berlin') {
  const gas = new FakeAppsScript({ timeZone });
  return { gas, port: new SheetsWorkbook(gas.globals), book: gas.spreadsheet };
}

const planLayout: SheetLayout = {
  headerRows: 1,
  columns: [{ kind: 'text', width: 12 }, { kind: 'money' }, { kind: 'money', computed: true }],
};

describe('SheetsWorkbook reads', () => {
  it('reads each requested sheet with one getValues, blanks as null and dates as serial numbers', async () => {
    const { gas, port, book } = setup('America/Los_Angeles');
    book.addUserSheet('My plan', [
      ['Initiative', 'Start', 'Budget'],
      ['Webinars', new Date('2027-03-01T08:00:00Z'), 1200],
      ['Events', '', ''],
    ]);
    gas.log.reset();
    const read = await port.read(['My plan', 'PG Register']);
    expect(read.sheetNames).toEqual(['My plan']);
    expect(Object.keys(read.grids)).toEqual(['My plan']);
    // 2027-03-01 00:00 in Los Angeles is serial 46447.
    expect(read.grids['My plan']).toEqual([
      ['Initiative', 'Start', 'Budget'],
      ['Webinars', 46447, 1200],
      ['Events', null, null],
    ]);
    expect(gas.log.rangeReads).toBe(1);
  });

  it('reads an empty sheet as an empty grid', async () => {
    const { port, book } = setup();
    book.insertSheet('Blank');
    expect((await port.read(['Blank'])).grids.Blank).toEqual([]);
  });
});

describe('SheetsWorkbook writes', () => {
  it('keeps strings as text, dates as dates, and lays the sheet out', async () => {
    const { gas, port, book } = setup();
    await port.write({
      sheets: [
        {
          sheet: 'PG Plan',
          mode: 'replace',
          rows: [
            ['ID', '2027-01', '2027-02'],
            ['007', 46388, 1500.5],
          ],
          layout: {
            ...planLayout,
            tableName: 'PG_Plan',
            conditional: [{ column: 0, equals: '007', fill: '#FFC7CE', fontColor: '#9C0006' }],
          },
        },
      ],
    });
    const read = await port.read(['PG Plan']);
    expect(read.grids['PG Plan']).toEqual([
      ['ID', '2027-01', '2027-02'],
      ['007', 46388, 1500.5],
    ]);
    const sheet = book.sheet('PG Plan');
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cell(1, 1).bold).toBe(true);
    expect(sheet.cell(1, 3).background).toBe('#D9D9D9');
    expect(sheet.cell(1, 2).background).toBe('#DDEBF7');
    expect(sheet.cell(2, 2).format).toBe('#,##0.00;[Red]-#,##0.00');
    expect(sheet.filter?.range).toBe('A1:C2');
    expect(sheet.conditionalRules).toEqual([
      { textEqualTo: '007', background: '#FFC7CE', fontColor: '#9C0006', ranges: ['A2:A1000'] },
    ]);
    expect(sheet.columnWidths.get(1)).toBe(94);
    expect(gas.log.count('Range.setValues')).toBe(1);
  });

  it('adds validation lists down the whole column so rows people add are checked too', async () => {
    const { port, book } = setup();
    await port.write({
      sheets: [
        {
          sheet: 'PG Register',
          mode: 'replace',
          rows: [
            ['ID', 'State'],
            ['A-1', 'active'],
          ],
          layout: {
            headerRows: 1,
            columns: [{ kind: 'text' }, { kind: 'text', validation: ['active', 'on hold'] }],
          },
        },
      ],
    });
    const sheet = book.sheet('PG Register');
    expect(sheet.cell(1, 2).validation).toBeUndefined();
    expect(sheet.cell(500, 2).validation).toMatchObject({
      values: ['active', 'on hold'],
      allowInvalid: false,
    });
  });

  it('replacing twice leaves one set of charts, rules, filters and protections', async () => {
    const { port, book } = setup();
    const write = {
      sheet: 'PG Portfolio',
      mode: 'replace' as const,
      rows: [
        ['Level', 'Plan'],
        ['0 Defined', 100],
        ['1 Identified', 200],
      ],
      layout: {
        headerRows: 1,
        columns: [{ kind: 'text' as const }, { kind: 'money' as const }],
        tableName: 'x',
        protection: 'warning' as const,
        conditional: [{ column: 0, equals: 'x', fill: '#FFFFFF' }],
        charts: [
          {
            kind: 'column' as const,
            title: 'DoI waterfall',
            source: { row: 0, col: 0, rows: 3, cols: 2 },
            anchor: { row: 0, col: 3 },
          },
          {
            kind: 'stackedColumn' as const,
            title: 'Stacked',
            source: { row: 0, col: 0, rows: 3, cols: 2 },
            anchor: { row: 20, col: 3 },
          },
        ],
      },
    };
    await port.write({ sheets: [write] });
    await port.write({ sheets: [write] });
    const sheet = book.sheet('PG Portfolio');
    expect(sheet.charts.map((c) => [c.type, c.ranges[0], c.position, c.options])).toEqual([
      ['COLUMN', 'A1:B3', { row: 1, column: 4 }, { title: 'DoI waterfall' }],
      ['COLUMN', 'A1:B3', { row: 21, column: 4 }, { title: 'Stacked', isStacked: true }],
    ]);
    expect(sheet.conditionalRules).toHaveLength(1);
    expect(sheet.protections).toHaveLength(1);
    expect(sheet.protections[0]?.warningOnly).toBe(true);
  });

  it('grows the sheet past its 1000 rows in one insert', async () => {
    const { gas, port, book } = setup();
    const rows = [['ID'], ...Array.from({ length: 2500 }, (_, i) => [`I-${i}`])];
    await port.write({ sheets: [{ sheet: 'PG Register', mode: 'replace', rows }] });
    expect(book.sheet('PG Register').lastRow()).toBe(2501);
    expect(gas.log.count('Sheet.insertRowsAfter')).toBe(1);
  });

  it('refuses to write a sheet that is not PlanGate’s, and writes nothing at all', async () => {
    const { port, book } = setup();
    book.addUserSheet('Budget 2027', [['keep me']]);
    await expect(
      port.write({
        sheets: [
          { sheet: 'PG Register', mode: 'replace', rows: [['ID']] },
          { sheet: 'Budget 2027', mode: 'replace', rows: [['x']] },
        ],
      }),
    ).rejects.toThrow('"Budget 2027" belongs to you and was left unchanged');
    expect(book.getSheetByName('PG Register')).toBeNull();
    expect(book.sheet('Budget 2027').getRange('A1').getValues()).toEqual([['keep me']]);
  });
});

describe('SheetsWorkbook appends', () => {
  const audit = (rows: string[][]) => ({
    sheet: 'PG Audit',
    mode: 'replace' as const,
    rows,
    layout: {
      headerRows: 1,
      columns: [{ kind: 'text' as const }, { kind: 'text' as const }],
      protection: 'warning' as const,
    },
  });

  it('adds rows below the last one when the sheet is as the use case saw it', async () => {
    const { port } = setup();
    await port.write({
      sheets: [
        audit([
          ['Time', 'Hash'],
          ['t1', 'h1'],
        ]),
      ],
    });
    await port.write({
      sheets: [{ sheet: 'PG Audit', mode: 'append', rows: [['t2', 'h2']], expectedRows: 2 }],
    });
    expect((await port.read(['PG Audit'])).grids['PG Audit']).toEqual([
      ['Time', 'Hash'],
      ['t1', 'h1'],
      ['t2', 'h2'],
    ]);
  });

  it('refuses an append when someone else added a row since the read', async () => {
    const { port, book } = setup();
    await port.write({
      sheets: [
        audit([
          ['Time', 'Hash'],
          ['t1', 'h1'],
        ]),
      ],
    });
    book
      .sheet('PG Audit')
      .getRange('A3:B3')
      .setValues([['t2', 'other']]);
    const append = port.write({
      sheets: [{ sheet: 'PG Audit', mode: 'append', rows: [['t2', 'mine']], expectedRows: 2 }],
    });
    await expect(append).rejects.toBeInstanceOf(ConcurrentEditError);
    expect(book.sheet('PG Audit').lastRow()).toBe(3);
  });

  it('lets another editor append to the warning-only audit sheet', async () => {
    const { gas, port } = setup();
    await port.write({
      sheets: [
        audit([
          ['Time', 'Hash'],
          ['t1', 'h1'],
        ]),
      ],
    });
    await gas.as('controller@example.com', () =>
      port.write({ sheets: [{ sheet: 'PG Audit', mode: 'append', rows: [['t2', 'h2']], expectedRows: 2 }] }),
    );
    expect(gas.spreadsheet.sheet('PG Audit').lastRow()).toBe(3);
  });

  it('says what to do when the sheet to append to is missing', async () => {
    const { port } = setup();
    await expect(
      port.write({ sheets: [{ sheet: 'PG Audit', mode: 'append', rows: [['t']] }] }),
    ).rejects.toThrow('PG Audit is missing or has no header row');
  });
});
