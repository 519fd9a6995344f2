import { describe, expect, it } from 'vitest';
import { encodeRegister } from '../../core/codec/index.js';
import type { Register } from '../../core/model/register.js';
import type { WorkbookPort } from '../../core/contract/workbook-port.js';
import { createGovernanceService } from '../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../core/port/declared-identity.js';
import { ExcelWorkbook } from '../../excel-addin/excel-workbook.js';
import { FileWorkbook } from '../../io/file-workbook.js';
import { writeRegisterXlsx } from '../../io/write-register-xlsx.js';
import { SheetsWorkbook } from '../../sheets-addon/server/sheets-workbook.js';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';
import { journeyRegister } from '../support/index.js';
import { syntheticRegister } from './support/seed-register.js';

/** Everything the panes show for a register: the metrics of every row and the portfolio. */
async function figures(port: WorkbookPort) {
  const service = createGovernanceService({
    port,
    clock: () => new Date('2027-07-01T09:00:00.000Z'),
    identity: declaredIdentity('Pat PMO'),
  });
  const register = await service.refresh();
  const portfolio = await service.portfolio('program');
  return {
    rows: register.rows,
    problems: register.problems,
    portfolio: { ...portfolio, snapshots: undefined },
  };
}

async function sheetsPort(register: Register): Promise<WorkbookPort> {
  // A zone far from UTC: any date read in the wrong zone would shift a day and show here.
  const gas = new FakeAppsScript({ timeZone: 'Pacific/Auckland' });
  const port = new SheetsWorkbook(gas.globals);
  await port.write({ sheets: encodeRegister(register, null) });
  return port;
}

async function excelPort(register: Register): Promise<WorkbookPort> {
  const port = new ExcelWorkbook({ run: createFakeExcel().run });
  await port.write({ sheets: encodeRegister(register, null) });
  return port;
}

async function filePort(register: Register): Promise<WorkbookPort> {
  const { bytes } = await writeRegisterXlsx({
    base: null,
    sheets: encodeRegister(register, null).map((w) => ({
      name: w.sheet,
      action: 'render' as const,
      rows: w.rows,
      layout: w.layout,
    })),
    currency: register.settings.currency,
  });
  return FileWorkbook.open('register.xlsx', bytes);
}

describe('one register read by Google Sheets, Excel and an .xlsx file gives the same figures', () => {
  for (const [name, make] of [
    ['the journey register', journeyRegister],
    ['300 varied initiatives', () => syntheticRegister(300)],
  ] as const) {
    it(name, async () => {
      const register = make();
      const [sheets, excel, file] = await Promise.all([
        figures(await sheetsPort(register)),
        figures(await excelPort(register)),
        figures(await filePort(register)),
      ]);
      expect(sheets.rows).toHaveLength(register.initiatives.length);
      expect(sheets.problems).toEqual([]);
      expect(excel).toEqual(sheets);
      expect(file).toEqual(sheets);
    });
  }
});
