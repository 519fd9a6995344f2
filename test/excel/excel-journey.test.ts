import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../excel-addin/excel-workbook.js';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';
import { journey } from '../support/journey.js';

describe('the governance journey in Excel', () => {
  it('passes against ExcelWorkbook over the Excel fake, leaving the user’s sheets untouched', async () => {
    const excel = createFakeExcel();
    excel.addSheet('Marketing plan 2027', [
      ['Campaign', 'Jan', 'Feb'],
      ['Spring launch', 1200, '2027-01'],
    ]);
    const record = await journey(new ExcelWorkbook({ run: excel.run }));
    expect(record.steps.length).toBeGreaterThan(5);
    const plan = excel.state.find('Marketing plan 2027')!;
    expect(plan.value(1, 2)).toBe(46388); // typed by the user: Excel's own date parsing, untouched since
    expect(plan.tables).toEqual([]);
  });
});
