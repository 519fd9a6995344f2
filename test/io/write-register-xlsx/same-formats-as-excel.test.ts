import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../../excel-addin/excel-workbook.js';
import { createFakeExcel } from '../../fakes/excel/fake-excel.js';
import { convertedWorkbook, registerWritePlan, sampleRegister } from './register-fixture-workbook.js';

/** The register the command line wrote, read back with exceljs as Excel would open it. */
async function cliFormats() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await convertedWorkbook()).bytes.buffer as ArrayBuffer);
  return wb;
}

describe('a register written by the command line', () => {
  it('shows every PG sheet cell in the same number format as the Excel add-in writes it', async () => {
    const plan = registerWritePlan(sampleRegister());
    const excel = createFakeExcel();
    await new ExcelWorkbook({ run: excel.run }).write(plan);
    const file = await cliFormats();

    let compared = 0;
    for (const write of plan.sheets) {
      const addIn = excel.state.find(write.sheet)!;
      const xlsx = file.getWorksheet(write.sheet)!;
      const width = Math.max(write.layout?.columns.length ?? 0, ...write.rows.map((r) => r.length));
      for (let r = 0; r < write.rows.length; r++) {
        for (let c = 0; c < width; c++) {
          // A layout naming no currency: the file still knows the register's (see the test below).
          if (!write.layout?.currency && write.layout?.columns[c]?.kind === 'money') continue;
          const written = xlsx.getCell(r + 1, c + 1).numFmt ?? 'General';
          expect(written, `${write.sheet} row ${r + 1} column ${c + 1}`).toBe(addIn.numberFormat(r, c));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('shows money with the register’s currency code, dates as ISO days and typed text as text', async () => {
    const register = (await cliFormats()).getWorksheet('PG Register')!;
    const header = (register.getRow(1).values as unknown[]).slice(1).map(String);
    const cell = (row: number, name: string) => register.getCell(row, header.indexOf(name) + 1);
    expect(cell(2, 'Target').numFmt).toBe('[$EUR] #,##0.00');
    expect(cell(2, 'Target').value).toBe(10000);
    expect(cell(2, 'Due').numFmt).toBe('yyyy-mm-dd');
    expect(cell(2, 'ID').numFmt).toBe('@');
    expect(cell(1, 'Target').numFmt).toBe('@');
  });

  it('gives snapshot amount columns the register’s currency although their layout names none', async () => {
    const snapshots = (await cliFormats()).getWorksheet('PG Snapshots')!;
    // No snapshot taken yet: the sheet holds its empty block, amount cells blank and ready.
    const amount = snapshots.getCell(1, 4);
    expect(amount.value).toBeNull();
    expect(amount.numFmt).toBe('[$EUR] #,##0.00');
  });
});
