import { describe, expect, it } from 'vitest';
import type { SheetLayout } from '../../core/contract/workbook-port.js';
import { SheetsWorkbook } from '../../sheets-addon/server/sheets-workbook.js';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';

// Google, "Files you can store in Google Drive" (Spreadsheets): up to 10 million cells per
// spreadsheet, and at most 50,000 characters in one cell. Sheets refuses past them part-way
// through a write, so PlanGate checks first and changes nothing.
const layout: SheetLayout = { headerRows: 1, columns: [{ kind: 'text' }, { kind: 'money' }] };

describe('Google Sheets limits', () => {
  it('the fake refuses to grow a spreadsheet past 10,000,000 cells', () => {
    const gas = new FakeAppsScript();
    const big = gas.spreadsheet.insertSheet('Data');
    big.insertColumnsAfter(26, 9_964); // 1000 × 9,990 = 9,990,000 cells
    expect(() => gas.spreadsheet.insertSheet('More')).toThrow(/above the limit of 10000000 cells/);
  });

  it('the fake refuses more than 50,000 characters in a cell', () => {
    const gas = new FakeAppsScript();
    const sheet = gas.spreadsheet.insertSheet('Notes');
    expect(() => sheet.getRange(1, 1, 1, 1).setValues([['x'.repeat(50_001)]])).toThrow(
      /more than the maximum of 50000 characters in a single cell/,
    );
  });

  it('refuses a write that would pass 10,000,000 cells before writing anything', async () => {
    const gas = new FakeAppsScript();
    gas.spreadsheet.insertSheet('Data').insertColumnsAfter(26, 9_964);
    const port = new SheetsWorkbook(gas.globals);
    const rows = [
      ['ID', 'Target'],
      ['A-1', 100],
    ];
    await expect(
      port.write({ sheets: [{ sheet: 'PG Register', mode: 'replace', rows, layout }] }),
    ).rejects.toThrow(
      /^This spreadsheet would hold 10,016,000 cells after PlanGate writes its sheets; Google Sheets allows 10,000,000 .* Nothing was written\.$/,
    );
    expect(gas.spreadsheet.getSheetByName('PG Register')).toBeNull();
  });

  it('refuses a cell over 50,000 characters, naming it, before writing anything', async () => {
    const gas = new FakeAppsScript();
    const port = new SheetsWorkbook(gas.globals);
    const rows = [
      ['ID', 'Evidence'],
      ['A-1', 'x'.repeat(60_000)],
    ];
    await expect(
      port.write({ sheets: [{ sheet: 'PG Register', mode: 'replace', rows, layout }] }),
    ).rejects.toThrow(
      /^PG Register!B2 would hold 60,000 characters; a Google Sheets cell holds at most 50,000\./,
    );
    expect(gas.spreadsheet.getSheetByName('PG Register')).toBeNull();
  });
});
