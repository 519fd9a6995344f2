import { describe, expect, it } from 'vitest';
import { decodeRegister } from '../../../core/codec/decode-register.js';
import { encodeRegisterSheet } from '../../../core/codec/encode-register-sheet.js';
import { encodeRegister } from '../../../core/codec/encode-register.js';
import type { Grid } from '../../../core/model/cell.js';
import { PG_SHEETS, SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { registerBuilder } from '../../support/index.js';

const read = (grids: Record<string, Grid>) =>
  decodeRegister({ sheetNames: Object.keys(grids), grids }, { today: '2027-03-31' });

describe('reading hand-edited PG sheets', () => {
  it('finds columns by header text in any order and case, and reads typed values', () => {
    const decoded = read({
      [SHEETS.register]: [
        [
          'Sponsor',
          ' id ',
          'INITIATIVE',
          'Target',
          'Start',
          'doi',
          'State',
          'Implementation Status',
          'Keys',
          'Notes',
        ],
        [
          'Sam',
          ' CAMP-01 ',
          '  Spring campaign ',
          '€ 1,200',
          '31.03.2027',
          '3 Decided',
          'On-Hold',
          'Yellow',
          'SF-1; SF-2',
          'hi',
        ],
        [null, null, null, null, null, null, null, null, null, null],
        ['Sam', 'CAMP-02', 'Webinars', '12k', 46477, 'Identified', null, null, null, null],
      ],
      [SHEETS.plan]: [
        ['ID', '2027-01', 46419, 'Comment'],
        ['CAMP-01', '1,200', '(300)', 'typed by hand'],
        ['CAMP-02', null, '--', null],
      ],
    });
    expect(decoded.problems).toEqual([]);
    const [first, second] = decoded.register.initiatives;
    expect(decoded.register.periods).toEqual(['2027-01', '2027-02']);
    expect(first).toMatchObject({
      id: 'CAMP-01',
      name: 'Spring campaign',
      sponsor: 'Sam',
      target: 1200,
      start: '2027-03-31',
      doi: 3,
      state: 'on hold',
      implementationStatus: 'amber',
      keys: ['SF-1', 'SF-2'],
      extra: { Notes: 'hi' },
    });
    expect(Array.from(first.plan)).toEqual([1200, -300]);
    expect(second).toMatchObject({
      id: 'CAMP-02',
      target: 12000,
      start: '2027-03-31',
      doi: 1,
      state: 'active',
    });
    expect(Array.from(second.plan)).toEqual([NaN, NaN]);
    expect(decoded.register.seriesExtras['PG Plan']).toEqual({
      headers: ['Comment'],
      byId: { 'CAMP-01': ['typed by hand'], 'CAMP-02': [null] },
    });
    expect(decoded.rowOf.get('CAMP-02')).toBe(4);
  });

  it('reports every unreadable cell with sheet, address and what to do', () => {
    const decoded = read({
      [SHEETS.register]: [
        ['ID', 'Initiative', 'Target', 'Due', 'DoI', 'State'],
        ['A', 'One', 'lots', '31.02.2027', '9', 'paused?'],
        [null, 'No id here', null, null, null, null],
        ['A', 'Duplicate', null, null, null, null],
      ],
      [SHEETS.actual]: [
        ['ID', '2027-01'],
        ['A', '#DIV/0!'],
        ['GHOST', 5],
      ],
      [SHEETS.settings]: [
        ['Key', 'Value'],
        ['Currency', 'Euro'],
      ],
    });
    expect(decoded.problems).toEqual([
      {
        sheet: 'PG Settings',
        cell: 'B2',
        message: 'Currency: "Euro" is not a currency code: type a three-letter code such as EUR or USD',
      },
      {
        sheet: 'PG Register',
        cell: 'C2',
        message:
          'Target: "lots" is not a number: type an amount such as 1200, 1,200.50 or (1,200) for a negative',
      },
      {
        sheet: 'PG Register',
        cell: 'D2',
        message: 'Due: "31.02.2027" is not a date: type a date such as 2027-03-31 or 31.03.2027',
      },
      {
        sheet: 'PG Register',
        cell: 'E2',
        message:
          'DoI: "9" is not a DoI level of this ladder: choose one of 0 Defined, 1 Identified, 2 Detailed, 3 Decided, 4 Implemented, 5 Closed',
      },
      {
        sheet: 'PG Register',
        cell: 'F2',
        message: 'State: "paused?" is not a valid State: choose one of active, on hold, cancelled, closed',
      },
      {
        sheet: 'PG Register',
        cell: 'A3',
        message: 'This row has no ID: type a unique ID such as CAMP-25. Until then PlanGate ignores the row.',
      },
      {
        sheet: 'PG Register',
        cell: 'A4',
        message:
          'ID "A" is already used on row 2: give this initiative its own ID. Until then PlanGate ignores this row.',
      },
      {
        sheet: 'PG Actual',
        cell: 'B2',
        message:
          '2027-01: The cell shows the spreadsheet error #DIV/0!: fix the formula behind it, or type a number or clear the cell',
      },
      {
        sheet: 'PG Actual',
        cell: 'A3',
        message:
          'ID "GHOST" is not in PG Register: add the initiative there, or delete this row. Until then its values are ignored.',
      },
    ]);
    expect(decoded.problemIds).toEqual(new Set(['A']));
    expect(decoded.register.initiatives.map((i) => i.id)).toEqual(['A']);
    expect(Number.isNaN(decoded.register.initiatives[0].actual[0])).toBe(true);
  });

  it('uses the Standard ladder and defaults when PG Settings is missing', () => {
    const decoded = read({ [SHEETS.register]: [['ID'], ['A']] });
    expect(decoded.register.settings.ladder.levels.map((l) => l.name)).toEqual([
      'Defined',
      'Identified',
      'Detailed',
      'Decided',
      'Implemented',
      'Closed',
    ]);
    expect(decoded.register.settings).toMatchObject({
      asOf: '2027-03-31',
      currency: 'EUR',
      redBelow: 0.9,
      granularity: 'month',
    });
  });

  it('writes a patched sheet that keeps user columns in place and cells as typed', async () => {
    const workbook = new MemoryWorkbook({
      [SHEETS.register]: [
        ['ID', 'My notes', 'Initiative', 'Target', 'DoI'],
        ['A', 'call agency', 'One', '1,200', '1'],
        [null, 'a note row without ID', null, null, null],
        ['B', null, 'Two', 'oops', 0],
      ],
    });
    const decoded = decodeRegister(await workbook.read(PG_SHEETS), { today: '2027-03-31' });
    const register = decoded.register;
    register.initiatives[1].name = 'Two, renamed';
    const write = encodeRegisterSheet(register, null, {
      grid: workbook.grid(SHEETS.register)!,
      rewrite: new Set(['B']),
    });
    const header = write.rows[0];
    // The user's column stays where it was; governed columns the sheet lacked join after their predecessor.
    expect(header.slice(0, 4)).toEqual(['ID', 'My notes', 'Initiative', 'Program']);
    expect(header.indexOf('Target')).toBeLessThan(header.indexOf('DoI'));
    expect(header.at(-1)).toBe('Flags (computed)');
    const col = (name: string) => header.indexOf(name);
    expect(write.rows[1][col('Target')]).toBe('1,200');
    expect(write.rows[1][col('My notes')]).toBe('call agency');
    expect(write.rows[2][col('My notes')]).toBe('a note row without ID');
    expect(write.rows[3][col('Initiative')]).toBe('Two, renamed');
    expect(write.rows[3][col('DoI')]).toBe('0 Defined');
  });

  it('lays out PG Register as a table with validation, fills and marked computed columns', () => {
    const register = registerBuilder().initiative('A').build();
    const [sheet] = encodeRegister(register, null);
    const layout = sheet.layout!;
    const header = sheet.rows[0];
    expect(layout.tableName).toBe('PGRegister');
    expect(layout.currency).toBe('EUR');
    expect(layout.columns[header.indexOf('DoI')].validation).toEqual([
      '0 Defined',
      '1 Identified',
      '2 Detailed',
      '3 Decided',
      '4 Implemented',
      '5 Closed',
    ]);
    expect(layout.columns[header.indexOf('State')].validation).toEqual([
      'active',
      'on hold',
      'cancelled',
      'closed',
    ]);
    expect(layout.columns[header.indexOf('Impact type')].validation).toEqual([
      'revenue',
      'margin',
      'cost',
      'cash',
      'other',
    ]);
    expect(layout.columns[header.indexOf('Target')].kind).toBe('money');
    const computed = header.filter((_, i) => layout.columns[i].computed);
    expect(computed).toEqual([
      'Plan total (computed)',
      'Plan to date (computed)',
      'Actual to date (computed)',
      'Variance (computed)',
      'Realization (computed)',
      'Estimate at completion (computed)',
      'Assumed on plan (computed)',
      'Value at risk (computed)',
      'Value status (computed)',
      'Weighted value (computed)',
      'Flags (computed)',
    ]);
    expect(layout.conditional).toContainEqual({
      column: header.indexOf('Value status (computed)'),
      equals: 'red',
      fill: '#FFC7CE',
      fontColor: '#9C0006',
    });
    expect(header.slice(0, 26)).toEqual([
      'ID',
      'Initiative',
      'Program',
      'Workstream',
      'Client',
      'Owner',
      'Sponsor',
      'Controller',
      'Impact type',
      'KPI',
      'Unit',
      'Baseline',
      'Target',
      'DoI',
      'State',
      'Implementation status',
      'Start',
      'Due',
      'Next gate due',
      'Last review',
      'Review every (days)',
      'Keys',
      'Confirmed value',
      'Confirmed by',
      'Confirmed at',
      'Evidence',
    ]);
  });

  it('writes period headers as text and settings readably', () => {
    const register = registerBuilder()
      .periods('2027-11', 3)
      .initiative('A', { plan: [1, null, 3] })
      .build();
    const writes = encodeRegister(register, null);
    const plan = writes.find((w) => w.sheet === SHEETS.plan)!;
    expect(plan.rows).toEqual([
      ['ID', '2027-11', '2027-12', '2028-01'],
      ['A', 1, null, 3],
    ]);
    const settings = writes.find((w) => w.sheet === SHEETS.settings)!;
    expect(settings.rows).toContainEqual([
      'Level 3',
      'Decided | weight 0.5 | criteria decision | movers sponsor, pmo',
    ]);
    expect(writes.find((w) => w.sheet === SHEETS.audit)!.rows[0]).toEqual([
      'Time',
      'Actor',
      'Identity',
      'Action',
      'Initiative',
      'From',
      'To',
      'Payload',
      'Prev hash',
      'Hash',
    ]);
  });
});

describe('parseDoi', () => {
  it('reads numbers, labels and names, and refuses contradictions', async () => {
    const { parseDoi } = await import('../../../core/codec/doi-cell.js');
    const { presetLadder } = await import('../../../core/ladder/presets.js');
    const ladder = presetLadder('standard');
    const level = (cell: string | number | null) => {
      const read = parseDoi(cell, ladder);
      return read.ok ? read.value : read.message;
    };
    expect([
      level(3),
      level('3'),
      level('3 Decided'),
      level('3 - decided'),
      level('Decided'),
      level('DoI 3'),
      level('L3'),
    ]).toEqual([3, 3, 3, 3, 3, 3, 3]);
    expect(level(null)).toBe(0);
    expect(level('3 Planned')).toBe(3);
    expect(level('3 Closed')).toBe(
      '"3 Closed" is not a DoI level of this ladder: choose one of 0 Defined, 1 Identified, 2 Detailed, 3 Decided, 4 Implemented, 5 Closed',
    );
    expect(level(7)).toMatch(/^7 is not|^"7" is not/);
  });
});
