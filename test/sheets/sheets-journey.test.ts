import { describe, expect, it } from 'vitest';
import { SheetsWorkbook } from '../../sheets-addon/server/sheets-workbook.js';
import { FakeAppsScript } from '../fakes/sheets/fake-apps-script.js';
import { journey } from '../support/journey.js';

describe('the governance journey in Google Sheets', () => {
  it('passes against SheetsWorkbook over the SpreadsheetApp fake, leaving the user’s sheets untouched', async () => {
    const gas = new FakeAppsScript({ timeZone: 'America/New_York' });
    gas.spreadsheet.addUserSheet('Marketing plan 2027', [
      ['Campaign', 'Jan', 'Feb'],
      ['Spring launch', 1200, '2027-01'],
    ]);
    const record = await journey(new SheetsWorkbook(gas.globals));
    expect(record.steps.length).toBeGreaterThan(5);
    const plan = gas.spreadsheet.sheet('Marketing plan 2027');
    // Typed by the user, so Sheets parsed it as a date: still that date, untouched by PlanGate.
    expect(plan.cell(2, 3)).toMatchObject({ value: 46388, format: 'yyyy-mm-dd' });
    expect(plan.protections).toEqual([]);
    expect(gas.spreadsheet.sheet('PG Audit').protections[0]?.warningOnly).toBe(true);
  });
});
