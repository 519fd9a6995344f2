import ExcelJS from 'exceljs';
import type { Grid } from '../core/index.js';
import { isPlanGateSheet, PG_SHEETS } from '../core/index.js';
import { MemoryWorkbook } from '../core/index.js';
import type { SheetLayout, WorkbookPort, WorkbookRead, WritePlan } from '../core/index.js';
import { readWorkbookFile, type FileWorkbookRead } from './read-workbook-file.js';
import { inventoryLosses, workbookInventory } from './workbook-inventory.js';
import { writeRegisterXlsx, type RegisterXlsxOutput, type XlsxSheetPlan } from './write-register-xlsx.js';

interface SheetChange {
  /** Replaced in this session: rendered fresh from `rows` with this layout. */
  replaced: boolean;
  layout?: SheetLayout;
  /** The rows as written: the whole sheet when replaced, else only the rows appended in this session. */
  rows: Grid;
}

/**
 * A WorkbookPort over a spreadsheet file held in memory: reads give the used range of each sheet
 * as `readWorkbookFile` saw it, writes change only PG sheets, and `toXlsx` produces the register
 * workbook. The user's sheets are never written: from an .xlsx they are kept as they were loaded,
 * from a CSV or ODS source they are copied as values.
 */
export class FileWorkbook implements WorkbookPort {
  /** The sheets as the port reads them; it checks and applies writes exactly as the reference workbook does. */
  private readonly sheets = new MemoryWorkbook();
  private readonly changes = new Map<string, SheetChange>();
  reads = 0;
  writes = 0;

  private constructor(
    readonly fileName: string,
    private readonly bytes: Uint8Array,
    readonly source: FileWorkbookRead,
  ) {
    for (const name of source.sheetNames) this.sheets.setSheet(name, source.grids[name] ?? []);
  }

  /**
   * Throws `UnreadableFileError` with a message for the user when the file cannot be read.
   * `read` is the reader to use (the command line's runs in a worker with a time and memory bound).
   */
  static async open(
    fileName: string,
    bytes: Uint8Array,
    read: (fileName: string, bytes: Uint8Array) => Promise<FileWorkbookRead> = readWorkbookFile,
  ): Promise<FileWorkbook> {
    return new FileWorkbook(fileName, bytes, await read(fileName, bytes));
  }

  /** The user's sheets, in tab order. */
  userSheets(): string[] {
    return this.sheets.sheetNames().filter((name) => !isPlanGateSheet(name));
  }

  read(sheets: readonly string[]): Promise<WorkbookRead> {
    this.reads++;
    return this.sheets.read(sheets);
  }

  /** Refuses the user's sheets and stale appends as every port does, then remembers what to render. */
  async write(plan: WritePlan): Promise<void> {
    this.writes++;
    await this.sheets.write(plan);
    for (const w of plan.sheets) {
      const rows = w.rows.map((row) => [...row]);
      const change = this.changes.get(w.sheet);
      if (w.mode === 'replace') {
        this.changes.set(w.sheet, { replaced: true, layout: w.layout ?? change?.layout, rows });
      } else if (change) {
        change.rows.push(...rows);
      } else {
        this.changes.set(w.sheet, { replaced: false, rows });
      }
    }
  }

  /**
   * The workbook as .xlsx bytes: user sheets kept, PG sheets written with their layouts. `lost`
   * says, per sheet, what of the user's sheets the bytes do not carry that the source had
   * (formulas, images, charts, comments, names, hidden state…), counted from both files.
   */
  async toXlsx(currency: string): Promise<RegisterXlsxOutput & { lost: string[] }> {
    const notes: string[] = [];
    const base = await this.loadBase(notes);
    const names = this.sheets.sheetNames();
    const ordered = [
      ...names.filter((n) => !isPlanGateSheet(n)),
      ...PG_SHEETS.filter((n) => names.includes(n)),
    ];
    const sheets: XlsxSheetPlan[] = ordered.map((name) => {
      const change = this.changes.get(name);
      const grid = this.sheets.grid(name)!;
      const inBase = base?.getWorksheet(name) !== undefined;
      if (change?.replaced) return { name, action: 'render', rows: change.rows, layout: change.layout };
      if (change && inBase) return { name, action: 'append', rows: change.rows };
      if (inBase) return { name, action: 'keep' };
      return isPlanGateSheet(name)
        ? { name, action: 'render', rows: grid }
        : { name, action: 'copy', rows: grid };
    });
    const written = await writeRegisterXlsx({ base, sheets, currency });
    return {
      bytes: written.bytes,
      notes: [...notes, ...written.notes],
      lost: await this.lostIn(written.bytes),
    };
  }

  /** What `bytes` lacks of the source's user sheets; values-only copies of a non-xlsx source lose nothing they could hold. */
  private async lostIn(bytes: Uint8Array): Promise<string[]> {
    if (!this.isZipSpreadsheet()) return [];
    const before = await workbookInventory(this.bytes);
    const after = await workbookInventory(bytes);
    if (!before) return [];
    if (!after) return ['everything: the written file could not be read back'];
    return inventoryLosses(before, after);
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
