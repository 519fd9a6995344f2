/**
 * Reading an uploaded or local file into the grids the core works on. Browser-safe (the
 * playground upload uses it): bytes in, grids out, no Node APIs.
 */
import * as XLSX from '@e965/xlsx';
import type { CellValue, Grid } from '../core/index.js';
import type { WorkbookRead } from '../core/index.js';
import type { MergedRange } from '../core/index.js';
import type { ValueHints } from '../core/index.js';
import { checkContainer, isOle, isZip, passwordProtected } from './container/check-container.js';
import { decodeText, type TextEncodingName } from './encoding.js';
import {
  describeLineEndings,
  detectLineEndings,
  normalizeLineEndings,
  type LineEndings,
} from './line-endings.js';
import {
  detectDelimiter,
  parseDelimitedTable,
  type Delimiter,
  type DelimitedTable,
} from './read-delimited.js';
import { UnreadableFileError } from './unreadable-file-error.js';

export { UnreadableFileError, type UnreadableReason } from './unreadable-file-error.js';

/** A file read: the grids plus what was found out about the file on the way. */
export interface FileWorkbookRead extends WorkbookRead {
  /** Merged cell ranges per sheet (0-based, inclusive), where the format has them. */
  merges: Record<string, MergedRange[]>;
  /** Text files only: how the bytes were decoded and split. */
  text?: { encoding: TextEncodingName; bom: boolean; delimiter: Delimiter };
  /** Text files only: what the format says about the values, per sheet (see `ValueHints`). */
  hints?: Record<string, ValueHints>;
  /** Text files only: the line endings found, per kind. */
  lineEndings?: LineEndings;
  /** What the user should know about how the file was read (mixed line endings, rows spanning lines). */
  notes?: string[];
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
    'format',
  );
}

/** Zip (xlsx, ods) and OLE (xls) signatures, for files whose name lost its extension. */
function looksLikeSpreadsheet(bytes: Uint8Array): boolean {
  return isZip(bytes) || isOle(bytes);
}

/** Physical lines of the text, blank lines at the end left out as the grid leaves them out. */
function lineCount(text: string, delimiter: Delimiter): number {
  const lines = text.split('\n');
  const blank = new RegExp(`^[\\s${delimiter === '\t' ? '\\t' : delimiter}]*$`);
  while (lines.length > 0 && blank.test(lines[lines.length - 1])) lines.pop();
  return lines.length;
}

function rowsList(rows: number[]): string {
  return rows.length <= 6 ? rows.join(', ') : `${rows.slice(0, 6).join(', ')} … (${rows.length})`;
}

/** Notes on how the text became rows: mixed endings, and any change in the count of rows. */
function textNotes(fileName: string, endings: LineEndings, lines: number, table: DelimitedTable): string[] {
  const notes: string[] = [];
  if (endings.kind === 'mixed') {
    notes.push(
      `${fileName} mixes line endings (${describeLineEndings(endings)}): each was read as the end of a row.`,
    );
  }
  const rows = table.grid.length;
  if (rows !== lines) {
    const why = table.unclosedQuote
      ? `a quote opened in row ${table.unclosedQuote.row} is never closed, so everything after it was read as one cell. Close the quote in the file and try again`
      : table.multiLineRows.length > 0
        ? `row${table.multiLineRows.length > 1 ? 's' : ''} ${rowsList(table.multiLineRows)} hold line breaks inside quotes`
        : 'the parser joined or split lines; check the file in a text editor';
    notes.push(`${fileName} has ${lines} lines but ${rows} rows: ${why}.`);
  }
  return notes;
}

function readText(fileName: string, bytes: Uint8Array): FileWorkbookRead {
  const decoded = decodeText(bytes);
  const endings = detectLineEndings(decoded.text);
  const text = endings.kind === 'mixed' ? normalizeLineEndings(decoded.text) : decoded.text;
  const delimiter = detectDelimiter(text);
  const sheet = sheetNameOf(fileName);
  const table = parseDelimitedTable(text, delimiter);
  const lines = lineCount(normalizeLineEndings(text), delimiter);
  const notes = textNotes(fileName, endings, lines, table);
  return {
    sheetNames: [sheet],
    grids: { [sheet]: table.grid },
    merges: { [sheet]: [] },
    text: { encoding: decoded.encoding, bom: decoded.bom, delimiter },
    lineEndings: endings,
    ...(notes.length > 0 ? { notes } : {}),
    // Excel writes `;` exactly where `,` is the decimal mark, so `;` is a decimal-comma file.
    hints: { [sheet]: { textExport: true, ...(delimiter === ';' ? { decimalMark: 'comma' as const } : {}) } },
  };
}

const ZIP_FORMATS = new Set(['xlsx', 'xlsm', 'ods']);

function readSpreadsheet(fileName: string, bytes: Uint8Array): FileWorkbookRead {
  const container = checkContainer(fileName, bytes);
  const ext = extensionOf(fileName);
  // .xlsx, .xlsm and .ods are zip files (an .xlsx saved with a password is an OLE file, refused above).
  if (ZIP_FORMATS.has(ext) && container.kind === 'other') {
    throw new UnreadableFileError(
      `${fileName} is not a valid ${ext} file (it may be damaged, or another kind of file renamed). Open it in Excel or LibreOffice and save it again.`,
      'format',
    );
  }
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
    if (/password/i.test(detail)) throw passwordProtected(fileName);
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
