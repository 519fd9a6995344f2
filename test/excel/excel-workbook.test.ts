import { describe, expect, it } from 'vitest';
import type { Grid } from '../../core/model/cell.js';
import { ConcurrentEditError, type SheetLayout, type WritePlan } from '../../core/contract/workbook-port.js';
import { ExcelWorkbook } from '../../excel-addin/excel-workbook.js';
import { gridStamp } from '../../core/index.js';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';

function setup() {
  const excel = createFakeExcel();
  const workbook = new ExcelWorkbook({ run: excel.run });
  return { excel, workbook };
}

const registerLayout: SheetLayout = {
  headerRows: 1,
  currency: 'EUR',
  tableName: 'PGRegister',
  columns: [
    { kind: 'text', width: 12 },
    { kind: 'text', validation: ['active', 'on hold', 'cancelled', 'closed'] },
    { kind: 'money' },
    { kind: 'text', computed: true },
  ],
  conditional: [{ column: 3, equals: 'red', fill: '#FFC7CE', fontColor: '#9C0006' }],
};

const registerRows: Grid = [
  ['ID', 'State', 'Target', 'Value status (computed)'],
  ['2027-01', 'active', 1200.5, 'red'],
  ['=SUM(A1)', 'on hold', null, 'green'],
];

describe('ExcelWorkbook.read', () => {
  it('reads every requested sheet in one round trip, from A1, with blanks as null', async () => {
    const { excel, workbook } = setup();
    excel.addSheet('Plan 2027', [
      [null, null, null],
      [null, 'Campaign', 'Jan'],
      [null, 'Web', 100],
    ]);
    excel.addSheet('PG Register', [['ID'], ['A-1']]);
    excel.addSheet('Empty');
    const read = await workbook.read(['Plan 2027', 'PG Register', 'Empty', 'PG Audit']);
    expect(excel.syncCount()).toBe(1);
    expect(read.sheetNames).toEqual(['Plan 2027', 'PG Register', 'Empty']);
    expect(read.grids['Plan 2027']).toEqual([
      [null, null, null],
      [null, 'Campaign', 'Jan'],
      [null, 'Web', 100],
    ]);
    expect(read.grids['Empty']).toEqual([]);
    expect('PG Audit' in read.grids).toBe(false);
  });

  it('gives dates as the serial numbers Excel stores', async () => {
    const { excel, workbook } = setup();
    excel.addSheet('Plan', [['Due'], ['2027-03-31']]);
    const read = await workbook.read(['Plan']);
    expect(read.grids['Plan']?.[1]?.[0]).toBe(46477);
  });
});

describe('ExcelWorkbook.write', () => {
  it('refuses to write a sheet that is not PlanGate’s, before touching the workbook', async () => {
    const { excel, workbook } = setup();
    excel.addSheet('Plan', [['mine']]);
    await expect(
      workbook.write({ sheets: [{ sheet: 'Plan', mode: 'replace', rows: [['x']] }] }),
    ).rejects.toThrow(/"Plan" is yours and was left untouched/);
    expect(excel.syncCount()).toBe(0);
    expect(excel.state.find('Plan')!.value(0, 0)).toBe('mine');
  });

  it('creates a PG sheet with text kept as text, money formatted, table, lists, lights and frozen header', async () => {
    const { excel, workbook } = setup();
    await workbook.write({
      sheets: [{ sheet: 'PG Register', mode: 'replace', rows: registerRows, layout: registerLayout }],
    });
    const sheet = excel.state.find('PG Register')!;
    expect(sheet.value(1, 0)).toBe('2027-01');
    expect(sheet.value(2, 0)).toBe('=SUM(A1)');
    expect(sheet.formulas.size).toBe(0);
    expect(sheet.value(1, 2)).toBe(1200.5);
    expect(sheet.value(2, 2)).toBeUndefined();
    expect(sheet.numberFormat(1, 2)).toBe('[$EUR] #,##0.00');
    expect(sheet.isBold(0, 0)).toBe(true);
    expect(sheet.visibleFill(0, 3)).toBe('#D9D9D9');
    expect(sheet.visibleFill(0, 0)).not.toBe('#D9D9D9');
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.tables).toEqual([{ name: 'PGRegister', rect: { row: 0, col: 0, rows: 3, cols: 4 } }]);
    expect(sheet.validations).toEqual([
      { rect: { row: 1, col: 1, rows: 2, cols: 1 }, list: ['active', 'on hold', 'cancelled', 'closed'] },
    ]);
    expect(sheet.visibleFill(1, 3)).toBe('#FFC7CE');
    expect(sheet.visibleFill(2, 3)).toBeNull();
    expect(sheet.columnWidths.get(0)).toBeGreaterThan(60);
  });

  it('reads back exactly what it wrote', async () => {
    const { workbook } = setup();
    await workbook.write({
      sheets: [{ sheet: 'PG Register', mode: 'replace', rows: registerRows, layout: registerLayout }],
    });
    const read = await workbook.read(['PG Register']);
    expect(read.grids['PG Register']).toEqual(registerRows);
  });

  it('replaces an existing PG sheet completely: old rows, table and charts go, nothing else is touched', async () => {
    const { excel, workbook } = setup();
    excel.addSheet('Notes', [['keep me']]);
    const big: Grid = [
      ['ID', 'State', 'Target', 'Value status (computed)'],
      ...Array.from({ length: 10 }, (_, i) => [`X-${i}`, 'active', i, 'green']),
    ];
    await workbook.write({
      sheets: [{ sheet: 'PG Register', mode: 'replace', rows: big, layout: registerLayout }],
    });
    await workbook.write({
      sheets: [{ sheet: 'PG Register', mode: 'replace', rows: registerRows, layout: registerLayout }],
    });
    const read = await workbook.read(['PG Register', 'Notes']);
    expect(read.grids['PG Register']).toEqual(registerRows);
    expect(read.grids['Notes']).toEqual([['keep me']]);
    expect(excel.state.find('PG Register')!.tables.map((t) => t.name)).toEqual(['PGRegister']);
  });

  it('draws the portfolio charts natively and protects the audit log', async () => {
    const { excel, workbook } = setup();
    const plan: WritePlan = {
      sheets: [
        {
          sheet: 'PG Portfolio',
          mode: 'replace',
          rows: [
            ['Level', 'Plan total'],
            ['0 Defined', 100],
            ['1 Identified', 250],
          ],
          layout: {
            headerRows: 1,
            columns: [{ kind: 'text' }, { kind: 'money' }],
            charts: [
              {
                kind: 'waterfall',
                title: 'DoI waterfall',
                source: { row: 0, col: 0, rows: 3, cols: 2 },
                anchor: { row: 0, col: 4 },
              },
              {
                kind: 'line',
                title: 'Plan vs actual',
                source: { row: 0, col: 0, rows: 3, cols: 2 },
                anchor: { row: 20, col: 4 },
              },
            ],
          },
        },
        {
          sheet: 'PG Audit',
          mode: 'replace',
          rows: [['Time', 'Action']],
          layout: { headerRows: 1, columns: [{ kind: 'text' }, { kind: 'text' }], protection: 'warning' },
        },
      ],
    };
    await workbook.write(plan);
    const charts = excel.state.find('PG Portfolio')!.charts;
    expect(charts.map((c) => [c.type, c.title, c.position])).toEqual([
      ['Waterfall', 'DoI waterfall', 'E1'],
      ['LineMarkers', 'Plan vs actual', 'E21'],
    ]);
    expect(excel.state.find('PG Audit')!.isProtected).toBe(true);
    // Writing the same plan again replaces the charts instead of piling them up.
    await workbook.write(plan);
    expect(excel.state.find('PG Portfolio')!.charts).toHaveLength(2);
  });

  it('appends below the last used row of a protected log and leaves it protected', async () => {
    const { excel, workbook } = setup();
    const log = excel.addSheet('PG Audit', [
      ['Time', 'Action'],
      ['2027-01-01', 'create'],
    ]);
    log.isProtected = true;
    await workbook.write({
      sheets: [{ sheet: 'PG Audit', mode: 'append', rows: [['2027-02-01', 'move']], expectedRows: 2 }],
    });
    expect(log.value(2, 0)).toBe('2027-02-01');
    expect(log.value(2, 1)).toBe('move');
    expect(log.isProtected).toBe(true);
  });

  it('refuses an append when someone else added rows since the read, writing nothing', async () => {
    const { excel, workbook } = setup();
    const log = excel.addSheet('PG Audit', [['Time'], ['a'], ['b']]);
    const attempt = workbook.write({
      sheets: [
        { sheet: 'PG Register', mode: 'replace', rows: [['ID']] },
        { sheet: 'PG Audit', mode: 'append', rows: [['c']], expectedRows: 2 },
      ],
    });
    await expect(attempt).rejects.toBeInstanceOf(ConcurrentEditError);
    await expect(attempt).rejects.toThrow(/PG Audit was changed by someone else/);
    expect(log.value(3, 0)).toBeUndefined();
    expect(excel.state.find('PG Register')).toBeNull();
  });

  it('refuses a replace of PG Register edited since the read, with the message, writing nothing', async () => {
    const { excel, workbook } = setup();
    const register = excel.addSheet('PG Register', [
      ['ID', 'DoI'],
      ['CAMP-01', 3],
    ]);
    const read = await workbook.read(['PG Register']);
    const expectedStamp = gridStamp(read.grids['PG Register']);
    register.setValue(1, 1, '5 Closed'); // someone types into the sheet between read and write
    const attempt = workbook.write({
      sheets: [
        {
          sheet: 'PG Register',
          mode: 'replace',
          rows: [
            ['ID', 'DoI'],
            ['CAMP-01', 4],
          ],
          expectedStamp,
        },
        { sheet: 'PG Portfolio', mode: 'replace', rows: [['x']] },
      ],
    });
    await expect(attempt).rejects.toThrow(
      'PG Register was changed by someone else since this pane read it: refresh and try again',
    );
    expect(register.value(1, 1)).toBe('5 Closed');
    expect(excel.state.find('PG Portfolio')).toBeNull();

    const again = await workbook.read(['PG Register']);
    await workbook.write({
      sheets: [
        {
          sheet: 'PG Register',
          mode: 'replace',
          rows: [
            ['ID', 'DoI'],
            ['CAMP-01', 4],
          ],
          expectedStamp: gridStamp(again.grids['PG Register']),
        },
      ],
    });
    expect(register.value(1, 1)).toBe(4);
  });

  it('refuses an append to a missing sheet with a message that says what to do', async () => {
    const { workbook } = setup();
    await expect(
      workbook.write({ sheets: [{ sheet: 'PG Audit', mode: 'append', rows: [['x']] }] }),
    ).rejects.toThrow(/PG Audit is missing or empty.*Refresh/);
  });

  it('suspends calculation and its own events while writing, and turns events back on', async () => {
    const { excel, workbook } = setup();
    await workbook.write({
      sheets: [{ sheet: 'PG Register', mode: 'replace', rows: registerRows, layout: registerLayout }],
    });
    const writes = excel.stats.syncs.slice(1);
    expect(writes.length).toBeGreaterThan(0);
    // Every block but the last holds calculation; the last lets Excel recalculate (first-run-host.test.ts).
    expect(writes.slice(0, -1).every((s) => s.calculationSuspended)).toBe(true);
    expect(writes.at(-1)!.calculationSuspended).toBe(false);
    expect(writes.every((s) => s.writesWithEventsOn === 0)).toBe(true);
    expect(excel.state.eventsEnabled).toBe(true);
    await excel.run(async (context) => {
      expect(context.runtime.enableEvents).toBe(true);
      await Promise.resolve();
    });
  });
});
