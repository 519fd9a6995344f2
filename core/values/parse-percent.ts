import type { CellValue } from '../model/cell.js';
import { parseNumber, type NumberOptions } from './parse-number.js';
import { type Parsed, parseFailure, parsedValue, shown } from './parsed.js';

/**
 * Read a ratio: a number cell is already a fraction (a cell formatted 90 % holds 0.9); text with
 * `%` is divided by 100 (`"12 %"` → 0.12); text without `%` above 1 is taken as percent points
 * (`"90"` → 0.9) because nobody means a 9000 % threshold.
 */
export function parsePercent(cell: CellValue | undefined, options: NumberOptions = {}): Parsed<number> {
  if (typeof cell === 'number') return parseNumber(cell, options);
  const read = parseNumber(cell, options);
  if (!read.ok) return parseFailure(`${shown(cell)} is not a percentage: type it as 90 % or 0.9`);
  if (read.value === null) return read;
  const hasPercentSign = typeof cell === 'string' && cell.includes('%');
  return parsedValue(!hasPercentSign && Math.abs(read.value) > 1 ? read.value / 100 : read.value);
}
