import { describe, expect, it } from 'vitest';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';

describe('the Excel fake behaves like Excel where PlanGate depends on it', () => {
  it('refuses to read a property that was not loaded, or before sync', async () => {
    const excel = createFakeExcel();
    excel.addSheet('Plan', [
      ['Name', 'Q1'],
      ['Web', 100],
    ]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('A1:B2');
      range.load('values');
      expect(() => range.values).toThrow(/call the load method/);
      await context.sync();
      expect(range.values).toEqual([
        ['Name', 'Q1'],
        ['Web', 100],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('counts round trips and request bytes, and skips empty batches', async () => {
    const excel = createFakeExcel();
    excel.addSheet('Plan');
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('A1:B1');
      range.values = [['x'.repeat(1000), 1]];
      await context.sync();
      await context.sync();
    });
    expect(excel.syncCount()).toBe(1);
    expect(excel.stats.syncs[0].bytes).toBeGreaterThan(1000);
  });

  it('throws InvalidArgument at sync when the array does not fit the range', async () => {
    const excel = createFakeExcel();
    excel.addSheet('Plan');
    const write = excel.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('A1:B2').values = [[1, 2]];
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('applies one single value to every cell of a range (documented "single input copy")', async () => {
    const excel = createFakeExcel();
    const sheet = excel.addSheet('Plan');
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('A1:B3');
      (range as unknown as { numberFormat: string }).numberFormat = '@';
      (range as unknown as { values: string }).values = '2027-01';
      await context.sync();
    });
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 2; c++) {
        expect(sheet.numberFormat(r, c)).toBe('@');
        expect(sheet.value(r, c)).toBe('2027-01');
      }
    }
  });

  it.each([
    ['a 1×1 array on a larger range', [['@']]],
    ['a flat list', ['@', '@']],
    ['null', null],
  ])('refuses %s as a range’s number formats', async (_, input) => {
    const excel = createFakeExcel();
    const sheet = excel.addSheet('Plan');
    const write = excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('A1:B2');
      (range as unknown as { numberFormat: unknown }).numberFormat = input;
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(sheet.numberFormat(0, 0)).toBe('General');
  });

  it('parses typed strings like Excel unless the cell is formatted as text', async () => {
    const excel = createFakeExcel();
    const sheet = excel.addSheet('Plan');
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Plan');
      ws.getRange('A1:C1').values = [['2027-01', '1,200', '=A1']];
      const text = ws.getRange('A2:C2');
      text.numberFormat = [['@', '@', '@']];
      text.values = [['2027-01', '1,200', '=A1']];
      await context.sync();
    });
    expect(sheet.value(0, 0)).toBe(46388);
    expect(sheet.value(0, 1)).toBe(1200);
    expect(sheet.formulas.get('0,2')).toBe('=A1');
    expect([sheet.value(1, 0), sheet.value(1, 1), sheet.value(1, 2)]).toEqual(['2027-01', '1,200', '=A1']);
  });

  it('reports missing sheets as null objects and getItem failures as ItemNotFound', async () => {
    const excel = createFakeExcel();
    excel.addSheet('Plan', [[1]]);
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const used = missing.getUsedRangeOrNullObject(true);
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
    });
    const failing = excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
      await context.sync();
    });
    await expect(failing).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('gives the used range where the data starts, not from A1', async () => {
    const excel = createFakeExcel();
    excel.addSheet('Plan', [
      [null, null],
      [null, 'a', 'b'],
      [null, null, 3],
    ]);
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Plan').getUsedRangeOrNullObject(true);
      used.load('values,rowIndex,columnIndex,address');
      await context.sync();
      expect([used.rowIndex, used.columnIndex, used.address]).toEqual([1, 1, 'Plan!B2:C3']);
      expect(used.values).toEqual([
        ['a', 'b'],
        ['', 3],
      ]);
    });
  });

  it('refuses writes to a protected sheet until it is unprotected', async () => {
    const excel = createFakeExcel();
    excel.addSheet('Log', [['When']]).isProtected = true;
    const blocked = excel.run(async (context) => {
      context.workbook.worksheets.getItem('Log').getRange('A2').values = [['now']];
      await context.sync();
    });
    await expect(blocked).rejects.toMatchObject({ code: 'AccessDenied' });
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Log');
      ws.protection.unprotect();
      ws.getRange('A2').values = [['now']];
      ws.protection.protect({ allowFormatCells: false });
      await context.sync();
    });
    expect(excel.state.find('Log')!.value(1, 0)).toBe('now');
    expect(excel.state.find('Log')!.isProtected).toBe(true);
  });

  it('refuses a request above 5 MB, as Excel on the web does', async () => {
    const excel = createFakeExcel();
    excel.addSheet('Big');
    const big = excel.run(async (context) => {
      const rows = Array.from({ length: 6000 }, () => ['y'.repeat(1000)]);
      context.workbook.worksheets.getItem('Big').getRange('A1:A6000').values = rows;
      await context.sync();
    });
    await expect(big).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('keeps tables unique by name and never overlapping', async () => {
    const excel = createFakeExcel();
    excel.addSheet('A', [
      ['h1', 'h2'],
      [1, 2],
    ]);
    await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('A').tables.add('A1:B2', true);
      table.name = 'PGRegister';
      await context.sync();
    });
    expect(excel.state.find('A')!.tables.map((t) => t.name)).toEqual(['PGRegister']);
    const overlap = excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').tables.add('B1:C2', true);
      await context.sync();
    });
    await expect(overlap).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('shows conditional fills where the cell text matches', async () => {
    const excel = createFakeExcel();
    const sheet = excel.addSheet('R', [['Light'], ['red'], ['green']]);
    await excel.run(async (context) => {
      const cf = context.workbook.worksheets
        .getItem('R')
        .getRange('A2:A3')
        .conditionalFormats.add('CellValue');
      cf.cellValue.format.fill.color = '#FFC7CE';
      cf.cellValue.rule = { formula1: '="red"', operator: 'EqualTo' };
      await context.sync();
    });
    expect(sheet.visibleFill(1, 0)).toBe('#FFC7CE');
    expect(sheet.visibleFill(2, 0)).toBeNull();
  });
});

describe('the Excel fake records what a batch did', () => {
  it('counts cell writes made while the add-in’s events were on, and honours enableEvents in batch order', async () => {
    const excel = createFakeExcel();
    excel.addSheet('S');
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('A1').values = [[1]];
      context.runtime.enableEvents = false;
      ws.getRange('A2').values = [[2]];
      await context.sync();
    });
    expect(excel.stats.syncs[0].writesWithEventsOn).toBe(1);
    expect(excel.state.eventsEnabled).toBe(false);
  });
});
