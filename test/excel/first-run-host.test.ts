import { describe, expect, it } from 'vitest';
import type { Grid } from '../../core/model/cell.js';
import type { SheetLayout } from '../../core/contract/workbook-port.js';
import { ExcelWorkbook } from '../../excel-addin/excel-workbook.js';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';

const layout: SheetLayout = {
  headerRows: 1,
  currency: 'EUR',
  columns: [{ kind: 'text' }, { kind: 'money' }],
};

function register(rows: number, value: (i: number) => number): Grid {
  return [['ID', 'Target'], ...Array.from({ length: rows }, (_, i) => [`I-${i + 1}`, value(i)])];
}

describe('formulas over the PG sheets after a write', () => {
  // Excel.Application.suspendApiCalculationUntilNextSync(): "Once set, it is the developer's
  // responsibility to re-calc the workbook, to ensure that any dependencies are propagated."
  function withSummary(requestBytes?: number) {
    const excel = createFakeExcel();
    excel.addSheet(
      'PG Register',
      register(60, () => 1),
    );
    excel.addSheet('Summary', [["=SUM('PG Register'!B2:B61)"]]);
    return { excel, workbook: new ExcelWorkbook({ run: excel.run, requestBytes }) };
  }

  it('shows the new total after a write in several suspended blocks', async () => {
    const { excel, workbook } = withSummary(1_000);
    expect(excel.state.find('Summary')!.value(0, 0)).toBe(60);
    await workbook.write({
      sheets: [{ sheet: 'PG Register', mode: 'replace', rows: register(60, () => 5), layout }],
    });
    expect(excel.stats.syncs.filter((s) => s.calculationSuspended).length).toBeGreaterThan(1);
    expect(excel.state.find('Summary')!.value(0, 0)).toBe(300);
  });

  it('shows the new total after a write in one block', async () => {
    const { excel, workbook } = withSummary();
    await workbook.write({
      sheets: [{ sheet: 'PG Register', mode: 'replace', rows: register(60, () => 2), layout }],
    });
    expect(excel.state.find('Summary')!.value(0, 0)).toBe(120);
  });

  it('the fake keeps formulas stale after suspended writes until a full calculation', async () => {
    const { excel } = withSummary();
    await excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem('PG Register').getRange('B2').values = [[101]];
      await context.sync();
      context.workbook.worksheets.getItem('PG Register').getRange('B3').values = [[1]];
      context.workbook.application.calculate('Recalculate' as Excel.CalculationType);
      await context.sync();
    });
    expect(excel.state.find('Summary')!.value(0, 0)).toBe(60);
    await excel.run(async (context) => {
      context.workbook.application.calculate('Full' as Excel.CalculationType);
      await context.sync();
    });
    expect(excel.state.find('Summary')!.value(0, 0)).toBe(160);
  });
});

describe('reading more than Excel answers at once', () => {
  // "Resource limits and performance optimization for Office Add-ins" (Excel add-ins) and "Excel
  // JavaScript API error codes": more than 5,000,000 cells in one range is RangeExceedsLimit on
  // every platform; the 5 MB response limit (ResponsePayloadSizeLimitExceeded) is Excel on the web's.
  it('the fake raises RangeExceedsLimit over 5,000,000 cells, also on desktop', async () => {
    const excel = createFakeExcel({ platform: 'desktop' });
    excel.addSheet('Big', [['x']]);
    const failure = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem('Big').getRange('A1:E1000001').load('values');
        await context.sync();
      })
      .catch((error: unknown) => error as { code?: string });
    expect(failure).toMatchObject({ code: 'RangeExceedsLimit' });
  });

  it('the fake has no 5 MB response limit on desktop, and has it on the web', async () => {
    const wide = Array.from({ length: 400 }, (_, r) => [`${'x'.repeat(14_000)}${r}`]);
    const read = (platform: 'web' | 'desktop') => {
      const excel = createFakeExcel({ platform });
      excel.addSheet('Notes', wide);
      return excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Notes').getRange('A1:A400').load('values');
        await context.sync();
        return range.values.length;
      });
    };
    await expect(read('desktop')).resolves.toBe(400);
    await expect(read('web')).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('reads a register past the cell limit in blocks on desktop', async () => {
    const excel = createFakeExcel({ platform: 'desktop', rangeCellLimit: 20_000 });
    const rows = Array.from({ length: 3_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    excel.addSheet('PG Register', rows);
    const read = await new ExcelWorkbook({ run: excel.run }).read(['PG Register']);
    expect(read.grids['PG Register']).toEqual(rows);
    expect(excel.syncCount()).toBeGreaterThan(1);
  });
});

describe('a PG sheet a person protected with a password', () => {
  // Excel.WorksheetProtection.unprotect(password?): a sheet protected with a password is unprotected
  // only with it. PlanGate protects its sheets without one.
  it('the fake keeps a password-protected sheet protected without the password', async () => {
    const excel = createFakeExcel();
    excel.addSheet('PG Audit', [['Seq']]);
    const attempt = (password?: string) =>
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('PG Audit');
        sheet.protection.unprotect(password);
        await context.sync();
      });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('PG Audit').protection.protect({}, 'secret');
      await context.sync();
    });
    await expect(attempt()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(excel.state.find('PG Audit')!.isProtected).toBe(true);
    await attempt('secret');
    expect(excel.state.find('PG Audit')!.isProtected).toBe(false);
  });

  it('says which sheet and what to do, and writes nothing there', async () => {
    const excel = createFakeExcel();
    const audit = excel.addSheet('PG Audit', [
      ['Seq', 'Action'],
      [1, 'convert'],
    ]);
    audit.isProtected = true;
    audit.protectionPassword = 'secret';
    const workbook = new ExcelWorkbook({ run: excel.run });
    await expect(
      workbook.write({ sheets: [{ sheet: 'PG Audit', mode: 'append', rows: [[2, 'move']] }] }),
    ).rejects.toThrow(
      /^"PG Audit" is protected with a password, so PlanGate could not update it and changed nothing there\. Open Review › Unprotect Sheet, enter the password, then run this again/,
    );
    expect(audit.readValues({ row: 0, col: 0, rows: 3, cols: 2 })).toEqual([
      ['Seq', 'Action'],
      [1, 'convert'],
      ['', ''],
    ]);
  });
});
