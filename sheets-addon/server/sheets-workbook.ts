import { ABSENT_SHEET, gridStamp } from '../../core/index.js';
import type { Grid } from '../../core/index.js';
import { isPlanGateSheet } from '../../core/index.js';
import {
  ConcurrentEditError,
  type SheetWrite,
  type WorkbookPort,
  type WorkbookRead,
  type WritePlan,
} from '../../core/index.js';
import { applyLayout, resetSheet } from './apply-layout.js';
import type { AppsScriptGlobals, SheetApi, SpreadsheetApi } from './apps-script-api.js';
import { formatsFor, gridFromValues, valuesFromGrid, widthOf } from './cell-grid.js';
import { createSerialOfDate } from './date-serial.js';
import { limitProblem } from './sheets-limits.js';

/**
 * WorkbookPort over the spreadsheet the add-on is bound to. One `read` is one `getValues`
 * per requested sheet; one `write` is one `setNumberFormats` + one `setValues` per sheet,
 * plus per-column layout calls: nothing here runs once per row.
 */
export class SheetsWorkbook implements WorkbookPort {
  /**
   * `owns`: the sheets this port may write: PlanGate's own (default), or the self-test's scratch
   * copies (Settings › Diagnostics).
   */
  constructor(
    private readonly gas: Pick<AppsScriptGlobals, 'SpreadsheetApp' | 'Charts' | 'Utilities'>,
    private readonly owns: (sheet: string) => boolean = isPlanGateSheet,
  ) {}

  private spreadsheet(): SpreadsheetApi {
    return this.gas.SpreadsheetApp.getActiveSpreadsheet();
  }

  read(sheets: readonly string[]): Promise<WorkbookRead> {
    const book = this.spreadsheet();
    const all = book.getSheets();
    const byName = new Map(all.map((s) => [s.getName(), s] as const));
    const serialOf = createSerialOfDate(book.getSpreadsheetTimeZone(), this.gas.Utilities);
    const grids: Record<string, Grid> = {};
    for (const name of sheets) {
      const sheet = byName.get(name);
      if (sheet) grids[name] = gridFromValues(sheet.getDataRange().getValues(), serialOf);
    }
    return Promise.resolve({ sheetNames: [...byName.keys()], grids });
  }

  write(plan: WritePlan): Promise<void> {
    const foreign = plan.sheets.map((s) => s.sheet).filter((name) => !this.owns(name));
    if (foreign.length > 0) {
      return Promise.reject(
        new Error(
          `PlanGate writes only its own PG sheets; "${foreign.join('", "')}" belongs to you and was left unchanged.`,
        ),
      );
    }
    const book = this.spreadsheet();
    const problem = limitProblem(book, plan);
    if (problem) return Promise.reject(new Error(problem));
    try {
      // Every guarded sheet is compared before anything is written, so a refusal leaves nothing half-done.
      for (const write of plan.sheets) {
        if (write.expectedStamp !== undefined && this.stampOf(book, write.sheet) !== write.expectedStamp)
          throw new ConcurrentEditError(write.sheet);
      }
      for (const write of plan.sheets) {
        if (write.mode === 'replace') this.replace(book, write);
        else this.append(book, write);
      }
      this.gas.SpreadsheetApp.flush();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return Promise.resolve();
  }

  /** `gridStamp` of a sheet's values as `read` would give them. */
  private stampOf(book: SpreadsheetApi, name: string): string {
    const sheet = book.getSheetByName(name);
    if (!sheet) return ABSENT_SHEET;
    const serialOf = createSerialOfDate(book.getSpreadsheetTimeZone(), this.gas.Utilities);
    return gridStamp(gridFromValues(sheet.getDataRange().getValues(), serialOf));
  }

  private replace(book: SpreadsheetApi, write: SheetWrite): void {
    const sheet = book.getSheetByName(write.sheet) ?? book.insertSheet(write.sheet);
    resetSheet(this.gas, sheet);
    const width = widthOf(write.rows, write.layout?.columns.length ?? 0);
    const rowCount = write.rows.length;
    if (rowCount > 0 && width > 0) {
      ensureSize(sheet, rowCount, width);
      const range = sheet.getRange(1, 1, rowCount, width);
      range.setNumberFormats(formatsFor(write.rows, width, write.layout?.headerRows ?? 0, write.layout));
      range.setValues(valuesFromGrid(write.rows, width));
    }
    if (write.layout && width > 0) applyLayout(this.gas, sheet, write.layout, rowCount, width);
  }

  private append(book: SpreadsheetApi, write: SheetWrite): void {
    const sheet = book.getSheetByName(write.sheet);
    const lastRow = sheet ? sheet.getLastRow() : 0;
    if (!sheet || lastRow === 0) {
      throw new Error(
        `${write.sheet} is missing or has no header row, so nothing was added to it. Open PlanGate and run Convert plan to recreate the register.`,
      );
    }
    if (write.expectedRows !== undefined && lastRow !== write.expectedRows)
      throw new ConcurrentEditError(write.sheet);
    const width = widthOf(write.rows);
    if (write.rows.length === 0 || width === 0) return;
    ensureSize(sheet, lastRow + write.rows.length, width);
    const range = sheet.getRange(lastRow + 1, 1, write.rows.length, width);
    range.setNumberFormats(formatsFor(write.rows, width, 0, write.layout));
    range.setValues(valuesFromGrid(write.rows, width));
  }
}

/** New sheets are 1000 × 26; `getRange` beyond that throws, so grow first. */
function ensureSize(sheet: SheetApi, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
