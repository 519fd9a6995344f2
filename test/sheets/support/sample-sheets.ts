import type { CellIn } from '../../../sheets-addon/server/apps-script-api.js';
import { sampleWorkbook } from '../../../core/sample/sample-workbook.js';
import type { FakeAppsScript } from '../../fakes/sheets/fake-apps-script.js';
import { serialToDate } from '../../fakes/sheets/time-zone.js';

const DATE_HEADERS = new Set(['start', 'due', 'last review', 'close month']);

/**
 * Puts the sample workbook's user sheets into the fake spreadsheet the way they look in Google
 * Sheets: date columns hold real date cells (Dates written by a person), everything else as typed.
 */
export function addSampleSheets(gas: FakeAppsScript): Record<string, CellIn[][]> {
  const added: Record<string, CellIn[][]> = {};
  for (const [name, grid] of Object.entries(sampleWorkbook().grids)) {
    const dateColumns = new Set<number>();
    for (const row of grid)
      row.forEach((cell, c) => {
        if (typeof cell === 'string' && DATE_HEADERS.has(cell.trim().toLowerCase())) dateColumns.add(c);
      });
    const rows: CellIn[][] = grid.map((row) =>
      row.map((cell, c): CellIn => {
        if (cell === null) return '';
        if (typeof cell === 'number' && dateColumns.has(c) && cell > 20000)
          return serialToDate(cell, gas.timeZone);
        return cell;
      }),
    );
    gas.spreadsheet.addUserSheet(name, rows);
    added[name] = gas.spreadsheet.sheet(name).getDataRange().getValues();
  }
  gas.log.reset();
  return added;
}
