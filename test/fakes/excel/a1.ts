import { columnLetter } from '../../../core/model/cell.js';
import { FakeExcelError } from './excel-error.js';

/** A rectangle of cells, 0-based. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses `B3`, `A1:C9`, `A:C`, `2:5`, optionally prefixed with `'Sheet'!`. */
export function parseAddress(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second = first] = local.replace(/\$/g, '').split(':');
  const cell = /^([A-Za-z]{1,3})?(\d+)?$/;
  const a = cell.exec(first ?? '');
  const b = cell.exec(second ?? '');
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) {
    throw new FakeExcelError('InvalidArgument', `The address "${address}" is not valid.`);
  }
  const c1 = a[1] ? columnIndex(a[1]) : 0;
  const c2 = b[1] ? columnIndex(b[1]) : MAX_COLS - 1;
  const r1 = a[2] ? Number(a[2]) - 1 : 0;
  const r2 = b[2] ? Number(b[2]) - 1 : MAX_ROWS - 1;
  const rect = {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
  checkRect(rect);
  return rect;
}

export function checkRect(rect: Rect): void {
  if (rect.row < 0 || rect.col < 0 || rect.rows < 1 || rect.cols < 1) {
    throw new FakeExcelError('InvalidArgument', 'The range has no cells or starts before A1.');
  }
  if (rect.row + rect.rows > MAX_ROWS || rect.col + rect.cols > MAX_COLS) {
    throw new FakeExcelError('InvalidArgument', 'The range extends beyond the edge of the worksheet.');
  }
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheet: string, rect: Rect): string {
  const start = `${columnLetter(rect.col)}${rect.row + 1}`;
  const end = `${columnLetter(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
  return `${quoteSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
