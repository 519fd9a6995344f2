/**
 * Reading an uploaded or local file into the grids the core works on. Browser-safe (the
 * playground upload uses it): bytes in, grids out, no Node APIs.
 */
import * as XLSX from '@e965/xlsx';
import type { CellValue, Grid } from '../core/index.js';
import type { WorkbookRead } from '../core/index.js';
import type { MergedRange } from '../core/index.js';
import type { ValueHints } from '../core/index.js';
import { decodeText, type TextEncodingName } from './encoding.js';
import { detectDelimiter, parseDelimited, type Delimiter } from './read-delimited.js';

/** A file read: the grids plus what was found out about the file on the way. */
export interface FileWorkbookRead extends WorkbookRead {
  /** Merged cell ranges per sheet (0-based, inclusive), where the format has them. */
  merges: Record<string, MergedRange[]>;
  /** Text files only: how the bytes were decoded and split. */
  text?: { encoding: TextEncodingName; bom: boolean; delimiter: Delimiter };
  /** Text files only: what the format says about the values, per sheet (see `ValueHints`). */
  hints?: Record<string, ValueHints>;
}

/** Thrown for a file PlanGate cannot read; the message is written for the user. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

const SPREADSHEET = new Set(['xlsx', 'xlsm', 'xlsb', 'xls', 'ods', 'fods']);
const TEXT = new Set(['csv', 'tsv', 'txt', 'tab']);

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The sheet name a text file gets: its name without the extension (as Excel does on open). */
function sheetNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  const name = (dot > 0 ? base.slice(0, dot) : base).trim() || 'Sheet1';
  return name.slice(0, 31);
}

/**
 * Every sheet of a .xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv or .txt file as grids from A1.
 * Spreadsheets give cached values (formulas are not recalculated), dates as serial numbers and
 * errors as their text (`#DIV/0!`). Text files are decoded (BOM, UTF-8, Windows-1252 or Mac
 * Roman), split on the detected delimiter and kept as text. Throws `UnreadableFileError`.
 */
export async function readWorkbookFile(fileName: string, bytes: Uint8Array): Promise<FileWorkbookRead> {
  await Promise.resolve();
  const ext = extensionOf(fileName);
  if (TEXT.has(ext)) return readText(fileName, bytes);
  if (SPREADSHEET.has(ext) || looksLikeSpreadsheet(bytes)) return readSpreadsheet(fileName, bytes);
  throw new UnreadableFileError(
    `${fileName}: PlanGate reads .xlsx, .xlsm, .xls, .ods, .csv, .tsv and .txt files. Save the plan in one of these formats and try again.`,
  );
}

/** Zip (xlsx, ods) and OLE (xls) signatures, for files whose name lost its extension. */
function looksLikeSpreadsheet(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

function readText(fileName: string, bytes: Uint8Array): FileWorkbookRead {
  const decoded = decodeText(bytes);
  const delimiter = detectDelimiter(decoded.text);
  const sheet = sheetNameOf(fileName);
  return {
    sheetNames: [sheet],
    grids: { [sheet]: parseDelimited(decoded.text, delimiter) },
    merges: { [sheet]: [] },
    text: { encoding: decoded.encoding, bom: decoded.bom, delimiter },
    // Excel writes `;` exactly where `,` is the decimal mark, so `;` is a decimal-comma file.
    hints: { [sheet]: { textExport: true, ...(delimiter === ';' ? { decimalMark: 'comma' as const } : {}) } },
  };
}

function readSpreadsheet(fileName: string, bytes: Uint8Array): FileWorkbookRead {
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellText: false,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnreadableFileError(
      `${fileName} could not be opened as a spreadsheet (${detail}). Open it in Excel or LibreOffice, save it as .xlsx and try again.`,
    );
  }
  const grids: Record<string, Grid> = {};
  const merges: Record<string, MergedRange[]> = {};
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    if (!sheet) continue;
    grids[name] = gridOf(sheet);
    merges[name] = (sheet['!merges'] ?? []).map((m) => ({
      top: m.s.r,
      left: m.s.c,
      bottom: m.e.r,
      right: m.e.c,
    }));
  }
  return { sheetNames: [...book.SheetNames], grids, merges };
}

/** A dense SheetJS sheet as a grid from A1, trailing blank rows and columns trimmed. */
function gridOf(sheet: XLSX.WorkSheet): Grid {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: Grid = [];
  let width = 0;
  for (let r = 0; r < data.length; r++) {
    const source = data[r] ?? [];
    const row: CellValue[] = [];
    let last = -1;
    for (let c = 0; c < source.length; c++) {
      const value = valueOf(source[c]);
      row.push(value);
      if (value !== null) last = c;
    }
    row.length = last + 1;
    rows.push(row);
    if (last + 1 > width) width = last + 1;
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  for (const row of rows) {
    for (let c = row.length; c < width; c++) row.push(null);
  }
  return rows;
}

/** Excel's error codes, for cells SheetJS hands back without their text. */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function valueOf(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? cell.v : null;
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return cell.w ?? ERRORS[cell.v as number] ?? '#N/A';
    case 'd':
      return cell.v instanceof Date ? dateToSerial(cell.v) : null;
    default:
      return null;
  }
}

/** Serial day number (1899-12-30 epoch) of a date SheetJS handed back as a Date. */
function dateToSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}
