import { type Rect, formatAddress, overlaps } from './a1.js';
import { FakeExcelError, protectedSheet } from './excel-error.js';

/** What one cell holds in the fake host. `undefined` is a blank cell. */
export type StoredValue = string | number | boolean | undefined;

export interface TableState {
  name: string;
  rect: Rect;
}
export interface ChartState {
  name: string;
  type: string;
  source: Rect;
  title: string;
  /** Top-left cell address (no sheet) set by `setPosition`, or '' when never positioned. */
  position: string;
}
export interface ValidationState {
  rect: Rect;
  list: string[];
}
export interface ConditionalState {
  rect: Rect;
  operator: string;
  formula1: string;
  fill: string | null;
  fontColor: string | null;
}
export interface FormatState {
  rect: Rect;
  bold?: boolean;
  fill?: string;
  fontColor?: string;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** How Excel treats a string typed into a cell that is not formatted as text (`@`). */
export function coerceTyped(text: string): { value: StoredValue; formula?: string } {
  if (text === '') return { value: undefined };
  if (text.startsWith('=')) return { value: '#NAME?', formula: text };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  const number = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/.exec(text.trim());
  if (number) {
    const n = Number(text.replace(/[,%]/g, ''));
    return { value: text.endsWith('%') ? n / 100 : n };
  }
  const date = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text.trim());
  if (date) {
    const [y, m, d = '1'] = [Number(date[1]), Number(date[2]), date[3]];
    if (m >= 1 && m <= 12) return { value: (Date.UTC(y, m - 1, Number(d)) - EXCEL_EPOCH) / 86_400_000 };
  }
  if (/^[+-]/.test(text) && text.length > 1) return { value: '#NAME?', formula: text };
  return { value: text };
}

/** One worksheet of the fake host: cells, formats and the objects Office.js exposes on it. */
export class SheetState {
  private cells: StoredValue[][] = [];
  private formats: (string | undefined)[][] = [];
  readonly formulas = new Map<string, string>();
  tables: TableState[] = [];
  charts: ChartState[] = [];
  validations: ValidationState[] = [];
  conditionals: ConditionalState[] = [];
  cellFormats: FormatState[] = [];
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  isProtected = false;
  protectionOptions: Record<string, unknown> = {};
  /** The password the sheet was protected with, or null (Review › Protect Sheet allows either). */
  protectionPassword: string | null = null;
  /** How many cell writes (values or formats) reached this sheet. */
  cellWrites = 0;

  /** Computes a formula's value when it is entered (set by the workbook, which sees every sheet). */
  evaluate: (formula: string) => StoredValue = () => '#NAME?';

  constructor(public name: string) {}

  /** A formula cell's value as the last calculation left it (a recalculation writes it here). */
  setComputed(row: number, col: number, value: StoredValue): void {
    (this.cells[row] ??= [])[col] = value;
  }

  assertWritable(): void {
    if (this.isProtected) throw protectedSheet(this.name);
  }

  value(row: number, col: number): StoredValue {
    return this.cells[row]?.[col];
  }

  numberFormat(row: number, col: number): string {
    return this.formats[row]?.[col] ?? 'General';
  }

  /** Writes one cell as Office.js `values` would: strings are parsed unless the cell is text-formatted. */
  setValue(row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return; // null means "leave this cell alone"
    const line = (this.cells[row] ??= []);
    const key = `${row},${col}`;
    this.formulas.delete(key);
    if (typeof input === 'string') {
      if (this.numberFormat(row, col) === '@') {
        line[col] = input === '' ? undefined : input;
      } else {
        const typed = coerceTyped(input);
        line[col] = typed.value;
        if (typed.formula) {
          this.formulas.set(key, typed.formula);
          // Entering a formula calculates that cell; cells that depend on others wait for a recalculation.
          if (typed.formula.startsWith('=')) line[col] = this.evaluate(typed.formula);
        }
      }
    } else if (typeof input === 'number' || typeof input === 'boolean') {
      line[col] = input;
    } else {
      throw new FakeExcelError('InvalidArgument', `Unsupported cell value ${JSON.stringify(input)}.`);
    }
    this.cellWrites++;
  }

  setNumberFormat(row: number, col: number, format: unknown): void {
    if (format === null || format === undefined) return;
    if (typeof format !== 'string')
      throw new FakeExcelError('InvalidArgument', 'A number format must be text.');
    (this.formats[row] ??= [])[col] = format;
    this.cellWrites++;
  }

  clear(rect: Rect, applyTo: string): void {
    const contents = applyTo === 'All' || applyTo === 'Contents';
    const formats = applyTo === 'All' || applyTo === 'Formats';
    const lastRow = Math.min(rect.row + rect.rows, Math.max(this.cells.length, this.formats.length));
    for (let r = rect.row; r < lastRow; r++) {
      const line = this.cells[r];
      if (contents && line) {
        for (let c = rect.col; c < Math.min(rect.col + rect.cols, line.length); c++) {
          line[c] = undefined;
          this.formulas.delete(`${r},${c}`);
        }
      }
      const formatLine = this.formats[r];
      if (formats && formatLine) {
        for (let c = rect.col; c < Math.min(rect.col + rect.cols, formatLine.length); c++)
          formatLine[c] = undefined;
      }
    }
    if (formats) {
      this.cellFormats = this.cellFormats.filter((f) => !overlaps(f.rect, rect));
      this.conditionals = this.conditionals.filter((f) => !overlaps(f.rect, rect));
    }
  }

  /** The used range: bounding box of non-blank values (and, unless valuesOnly, of formatted cells). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const scan = (grid: unknown[][]): void => {
      grid.forEach((line, r) => {
        if (!line) return;
        line.forEach((v, c) => {
          if (v === undefined) return;
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
          left = Math.min(left, c);
          right = Math.max(right, c);
        });
      });
    };
    scan(this.cells);
    if (!valuesOnly) scan(this.formats);
    if (bottom < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Values as Office.js returns them: blanks are "". */
  readValues(rect: Rect): (string | number | boolean)[][] {
    const out: (string | number | boolean)[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line = this.cells[r];
      const row: (string | number | boolean)[] = new Array<string | number | boolean>(rect.cols);
      for (let c = 0; c < rect.cols; c++) row[c] = line?.[rect.col + c] ?? '';
      out.push(row);
    }
    return out;
  }

  readFormats(rect: Rect): string[][] {
    const out: string[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const row: string[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++) row.push(this.numberFormat(r, c));
      out.push(row);
    }
    return out;
  }

  /** The fill a person sees on a cell: conditional formats win over direct fills. */
  visibleFill(row: number, col: number): string | null {
    const inside = (rect: Rect): boolean => overlaps(rect, { row, col, rows: 1, cols: 1 });
    const value = this.value(row, col);
    for (const cf of this.conditionals) {
      if (!inside(cf.rect) || cf.operator !== 'EqualTo') continue;
      const wanted = /^="(.*)"$/.exec(cf.formula1)?.[1]?.replace(/""/g, '"');
      if (wanted !== undefined && typeof value === 'string' && value.toLowerCase() === wanted.toLowerCase()) {
        return cf.fill;
      }
    }
    const direct = [...this.cellFormats].reverse().find((f) => f.fill && inside(f.rect));
    return direct?.fill ?? null;
  }

  isBold(row: number, col: number): boolean {
    const hit = [...this.cellFormats]
      .reverse()
      .find((f) => f.bold !== undefined && overlaps(f.rect, { row, col, rows: 1, cols: 1 }));
    return hit?.bold ?? false;
  }

  address(rect: Rect): string {
    return formatAddress(this.name, rect);
  }
}
