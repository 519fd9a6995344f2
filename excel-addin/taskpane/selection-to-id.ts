import { SHEETS } from '../../core/index.js';
import type { ExcelRun } from '../excel-workbook.js';

/** The first row (1-based) of an A1 address such as `B12` or `A5:C7`, or null for whole columns. */
export function firstRow(address: string): number | null {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const match = /^\$?[A-Za-z]{0,3}\$?(\d+)/.exec(local);
  return match ? Number(match[1]) : null;
}

/**
 * The initiative ID on `row` of the sheet `worksheetId`, when that sheet is PG Register: the
 * sheet's name, its header row and that row in one round trip; the ID is read under the `ID`
 * header wherever that column is.
 */
export async function idOnRegisterRow(
  run: ExcelRun,
  worksheetId: string,
  row: number,
): Promise<string | null> {
  if (row < 2) return null;
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(worksheetId).load('name');
    const header = sheet.getRange('1:1').getUsedRangeOrNullObject(true).load('values,columnIndex');
    const line = sheet.getRange(`${row}:${row}`).getUsedRangeOrNullObject(true).load('values,columnIndex');
    await context.sync();
    if (sheet.name !== SHEETS.register || header.isNullObject || line.isNullObject) return null;
    const headers = header.values[0] ?? [];
    const at = headers.findIndex((h) => typeof h === 'string' && h.trim().toLowerCase() === 'id');
    if (at < 0) return null;
    const value: unknown = line.values[0]?.[header.columnIndex + at - line.columnIndex];
    if (typeof value === 'number') return String(value);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  });
}
