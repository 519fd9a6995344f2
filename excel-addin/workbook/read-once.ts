import type { Grid } from '../../core/index.js';
import type { WorkbookRead } from '../../core/index.js';
import { toGrid } from './to-grid.js';

/** Every requested sheet's used range and the sheet names, in one round trip. */
export async function readOnce(
  context: Excel.RequestContext,
  sheets: readonly string[],
): Promise<WorkbookRead> {
  const all = context.workbook.worksheets.load('items/name');
  const used = sheets.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    return { name, sheet, range: sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex') };
  });
  await context.sync();
  const grids: Record<string, Grid> = {};
  for (const { name, sheet, range } of used) {
    if (sheet.isNullObject) continue;
    grids[name] = range.isNullObject ? [] : toGrid(range.values, range.rowIndex, range.columnIndex);
  }
  return { sheetNames: all.items.map((s) => s.name), grids };
}
