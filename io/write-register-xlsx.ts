import ExcelJS from 'exceljs';
import type { Grid } from '../core/index.js';
import type { SheetLayout } from '../core/index.js';
import { writePgSheet, type WriteNotes } from './write-pg-sheet.js';

/** What happens to one sheet of the written workbook. */
export type XlsxSheetPlan =
  /** A PG sheet written fresh from its rows and layout. */
  | { name: string; action: 'render'; rows: Grid; layout?: SheetLayout }
  /** Rows added below a sheet kept from the base workbook (the audit log). */
  | { name: string; action: 'append'; rows: Grid }
  /** A sheet of the base workbook, kept as it is. */
  | { name: string; action: 'keep' }
  /** A user's sheet copied as values, when the source was a CSV or ODS file. */
  | { name: string; action: 'copy'; rows: Grid };

export interface RegisterXlsxInput {
  /** The workbook being updated, loaded with exceljs; null to start a new file. */
  base: ExcelJS.Workbook | null;
  sheets: XlsxSheetPlan[];
  /** ISO code of the register's currency, for money formats. */
  currency: string;
}

export interface RegisterXlsxOutput {
  bytes: Uint8Array;
  /** Things the user should know about the file (e.g. charts that could not be written). */
  notes: string[];
}

/**
 * Write a register workbook as .xlsx. Sheets the plan keeps are left exactly as exceljs loaded
 * them; rendered PG sheets replace their old versions (new sheets go after the existing tabs).
 */
export async function writeRegisterXlsx(input: RegisterXlsxInput): Promise<RegisterXlsxOutput> {
  const wb = input.base ?? newWorkbook();
  const notes: WriteNotes = [];
  for (const plan of input.sheets) {
    const existing = wb.getWorksheet(plan.name);
    switch (plan.action) {
      case 'keep':
        break;
      case 'append': {
        const ws = existing ?? wb.addWorksheet(plan.name);
        const wasProtected = unprotect(ws);
        for (const row of plan.rows) ws.addRow(row);
        if (wasProtected)
          void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
        break;
      }
      case 'render': {
        if (existing) wb.removeWorksheet(existing.id);
        writePgSheet(wb.addWorksheet(plan.name), plan.rows, plan.layout, input.currency, notes);
        break;
      }
      case 'copy': {
        if (existing) wb.removeWorksheet(existing.id);
        const ws = wb.addWorksheet(plan.name);
        for (const row of plan.rows) ws.addRow(row);
        break;
      }
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer), notes };
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PlanGate';
  return wb;
}

function unprotect(ws: ExcelJS.Worksheet): boolean {
  const model = ws as unknown as { sheetProtection?: { sheet?: boolean } | null };
  const was = model.sheetProtection?.sheet === true;
  if (was) ws.unprotect();
  return was;
}
