import { cellAddress, type WritePlan } from '../../core/index.js';
import type { SpreadsheetApi } from './apps-script-api.js';
import { widthOf } from './cell-grid.js';

/**
 * Google Sheets' limits ("Files you can store in Google Drive"): a spreadsheet holds at most
 * 10,000,000 cells (every sheet's rows × columns, empty or not), a cell at most 50,000 characters.
 */
export const SPREADSHEET_CELLS = 10_000_000;
export const CELL_CHARACTERS = 50_000;

/** New sheets are 1000 × 26. */
const NEW_SHEET = { rows: 1000, columns: 26 };

/**
 * Why `plan` cannot be written, checked before anything is written, or null. Sheets would refuse
 * part-way ("above the limit of 10000000 cells"), leaving some PG sheets written and others not.
 */
export function limitProblem(book: SpreadsheetApi, plan: WritePlan): string | null {
  const sheets = new Map(book.getSheets().map((s) => [s.getName(), s] as const));
  const size = new Map(
    [...sheets].map(([name, s]) => [name, { rows: s.getMaxRows(), columns: s.getMaxColumns() }] as const),
  );
  for (const write of plan.sheets) {
    const sheet = sheets.get(write.sheet);
    const firstRow = write.mode === 'append' && sheet ? sheet.getLastRow() : 0;
    for (const [r, line] of write.rows.entries()) {
      for (const [c, value] of line.entries()) {
        if (typeof value === 'string' && value.length > CELL_CHARACTERS) {
          return `${write.sheet}!${cellAddress(firstRow + r, c)} would hold ${value.length.toLocaleString('en-US')} characters; a Google Sheets cell holds at most 50,000. Shorten that text (for an evidence note, link to the document instead), then run this again. Nothing was written.`;
        }
      }
    }
    const now = size.get(write.sheet) ?? NEW_SHEET;
    const width = widthOf(write.rows, write.layout?.columns.length ?? 0);
    size.set(write.sheet, {
      rows: Math.max(now.rows, firstRow + write.rows.length),
      columns: Math.max(now.columns, width),
    });
  }
  const total = [...size.values()].reduce((sum, s) => sum + s.rows * s.columns, 0);
  if (total <= SPREADSHEET_CELLS) return null;
  return `This spreadsheet would hold ${total.toLocaleString('en-US')} cells after PlanGate writes its sheets; Google Sheets allows 10,000,000 per spreadsheet (empty rows and columns count). Delete unused rows and columns or sheets you no longer need, or keep the register in a spreadsheet of its own, then run this again. Nothing was written.`;
}
