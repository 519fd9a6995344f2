import ExcelJS from 'exceljs';
import type { Grid } from '../core/model/cell.js';
import { isPlanGateSheet, PG_SHEETS } from '../core/model/sheets.js';
import {
  ConcurrentEditError,
  type SheetLayout,
  type WorkbookPort,
  type WorkbookRead,
  type WritePlan,
} from '../core/port/workbook-port.js';
import { readWorkbookFile, type FileWorkbookRead } from './read-workbook-file.js';
import { writeRegisterXlsx, type RegisterXlsxOutput, type XlsxSheetPlan } from './write-register-xlsx.js';

interface SheetChange {
  /** Replaced in this session: rendered fresh with this layout. */
  replaced: boolean;
  layout?: SheetLayout;
  /** Rows appended in this session (when not replaced). */
  appended: Grid;
}

const ZIP_PARTS: [string, string][] = [
  ['xl/charts/', 'charts'],
  ['xl/pivotTables/', 'pivot tables'],
  ['xl/vbaProject.bin', 'macros'],
  ['xl/slicers/', 'slicers'],
];

/**
 * A WorkbookPort over a spreadsheet file held in memory: reads come from the file as
 * `readWorkbookFile` saw it, writes change only PG sheets, and `toXlsx` produces the register
 * workbook. The user's sheets are never written: from an .xlsx they are kept as they were loaded,
 * from a CSV or ODS source they are copied as values.
 */
export class FileWorkbook implements WorkbookPort {
  private readonly grids = new Map<string, Grid>();
  private readonly changes = new Map<string, SheetChange>();
  reads = 0;
  writes = 0;

  private constructor(
    readonly fileName: string,
    private readonly bytes: Uint8Array,
    readonly source: FileWorkbookRead,
  ) {
    for (const name of source.sheetNames) this.grids.set(name, source.grids[name] ?? []);
  }

  /** Throws `UnreadableFileError` with a message for the user when the file cannot be read. */
  static async open(fileName: string, bytes: Uint8Array): Promise<FileWorkbook> {
    return new FileWorkbook(fileName, bytes, await readWorkbookFile(fileName, bytes));
  }

  /** The user's sheets, in tab order. */
  userSheets(): string[] {
    return [...this.grids.keys()].filter((name) => !isPlanGateSheet(name));
  }

  read(sheets: readonly string[]): Promise<WorkbookRead> {
    this.reads++;
    const grids: Record<string, Grid> = {};
    for (const name of sheets) {
      const grid = this.grids.get(name);
      if (grid) grids[name] = grid.map((row) => [...row]);
    }
    return Promise.resolve({ sheetNames: [...this.grids.keys()], grids });
  }

  write(plan: WritePlan): Promise<void> {
    this.writes++;
    for (const w of plan.sheets) {
      if (!isPlanGateSheet(w.sheet)) {
        return Promise.reject(
          new Error(
            `PlanGate may only write its own PG sheets; "${w.sheet}" belongs to you and was left unchanged.`,
          ),
        );
      }
      const current = this.grids.get(w.sheet);
      if (w.mode === 'append' && (!current || current.length === 0)) {
        return Promise.reject(
          new Error(`${w.sheet} has no header row to append below: refresh and try again.`),
        );
      }
      if (w.mode === 'append' && w.expectedRows !== undefined && current!.length !== w.expectedRows) {
        return Promise.reject(new ConcurrentEditError(w.sheet));
      }
    }
    for (const w of plan.sheets) {
      const rows = w.rows.map((row) => [...row]);
      const change = this.changes.get(w.sheet) ?? { replaced: false, appended: [] };
      if (w.mode === 'replace') {
        this.grids.set(w.sheet, rows);
        this.changes.set(w.sheet, { replaced: true, layout: w.layout ?? change.layout, appended: [] });
      } else {
        this.grids.set(w.sheet, [...this.grids.get(w.sheet)!, ...rows]);
        if (!change.replaced) change.appended.push(...rows);
        this.changes.set(w.sheet, change);
      }
    }
    return Promise.resolve();
  }

  /** What the written file will lose from the source (charts, macros…), in words. */
  sourceFeaturesNotKept(): string[] {
    if (!this.isZipSpreadsheet()) return [];
    const text = new TextDecoder('latin1').decode(this.bytes);
    return ZIP_PARTS.filter(([part]) => text.includes(part)).map(([, what]) => what);
  }

  /** The workbook as .xlsx bytes: user sheets kept, PG sheets written with their layouts. */
  async toXlsx(currency: string): Promise<RegisterXlsxOutput> {
    const notes: string[] = [];
    const base = await this.loadBase(notes);
    const lost = this.sourceFeaturesNotKept();
    if (base && lost.length > 0) {
      notes.push(
        `${this.fileName} has ${lost.join(', ')} that this file does not carry over; the original file is unchanged.`,
      );
    }
    const names = [...this.grids.keys()];
    const ordered = [
      ...names.filter((n) => !isPlanGateSheet(n)),
      ...PG_SHEETS.filter((n) => this.grids.has(n)),
    ];
    const sheets: XlsxSheetPlan[] = ordered.map((name) => {
      const change = this.changes.get(name);
      const grid = this.grids.get(name)!;
      const inBase = base?.getWorksheet(name) !== undefined;
      if (change?.replaced) return { name, action: 'render', rows: grid, layout: change.layout };
      if (change && inBase) return { name, action: 'append', rows: change.appended };
      if (inBase) return { name, action: 'keep' };
      return isPlanGateSheet(name)
        ? { name, action: 'render', rows: grid }
        : { name, action: 'copy', rows: grid };
    });
    const written = await writeRegisterXlsx({ base, sheets, currency });
    return { bytes: written.bytes, notes: [...notes, ...written.notes] };
  }

  private isZipSpreadsheet(): boolean {
    return /\.(xlsx|xlsm)$/i.test(this.fileName) && this.bytes[0] === 0x50 && this.bytes[1] === 0x4b;
  }

  /** The source as an exceljs workbook to keep the user's formatting, or null (CSV, ODS, or unreadable to exceljs). */
  private async loadBase(notes: string[]): Promise<ExcelJS.Workbook | null> {
    if (!this.isZipSpreadsheet()) return null;
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(
        this.bytes.buffer.slice(
          this.bytes.byteOffset,
          this.bytes.byteOffset + this.bytes.byteLength,
        ) as ArrayBuffer,
      );
      return wb;
    } catch {
      notes.push(
        `The formatting of your sheets in ${this.fileName} could not be kept: they were copied as values.`,
      );
      return null;
    }
  }
}
