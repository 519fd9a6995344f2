import type { CellValue } from '../model/cell.js';
import { parseNumber } from './parse-number.js';
import { type Parsed, parseFailure, shown } from './parsed.js';

/** A whole, non-negative count such as "Review every (days)": `30`, `30.0`, `" 30 "`. */
export function parseCount(cell: CellValue | undefined, what = 'a whole number'): Parsed<number> {
  const read = parseNumber(cell);
  if (!read.ok) return parseFailure(`${shown(cell)} is not ${what}: type a whole number such as 30`);
  if (read.value === null) return read;
  if (!Number.isInteger(read.value) || read.value < 0) {
    return parseFailure(`${shown(cell)} is not ${what}: type a whole number of 0 or more, such as 30`);
  }
  return read;
}
