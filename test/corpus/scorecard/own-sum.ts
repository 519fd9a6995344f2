import type { CellValue, Grid } from '../../../core/model/cell.js';

/**
 * The test's own reading of a file's amounts, independent of the importer: a column summed over
 * the rows a predicate keeps, text cells read in the file's one number style.
 */
export type NumberStyle = 'plain' | 'dot-thousands' | 'comma-thousands';

function numberOf(cell: CellValue | undefined, style: NumberStyle): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return 0;
  let text = cell.replace(/[^\d.,-]/g, '');
  if (style === 'dot-thousands') text = text.replace(/\./g, '').replace(',', '.');
  else if (style === 'comma-thousands') text = text.replace(/,/g, '');
  const n = Number(text);
  return Number.isFinite(n) ? n : 0;
}

/** Column letter → 0-based index. */
export function col(letter: string): number {
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** Sum of `column` over the 1-based rows first…last for which `keep(row)` holds, to the cent. */
export function columnSum(
  grid: Grid,
  column: string,
  first: number,
  last: number,
  keep: (row: readonly CellValue[]) => boolean = () => true,
  style: NumberStyle = 'plain',
): number {
  let sum = 0;
  for (let r = first - 1; r < Math.min(last, grid.length); r++) {
    const row = grid[r] ?? [];
    if (keep(row)) sum += numberOf(row[col(column)], style);
  }
  return Math.round(sum * 100) / 100;
}

/** The row's cell in `column` is filled (not blank). */
export const filled =
  (column: string) =>
  (row: readonly CellValue[]): boolean => {
    const v = row[col(column)];
    return v !== null && v !== undefined && String(v).trim() !== '';
  };

/** The row's cell in `column` does not start with a total word. */
export const notTotal =
  (column: string) =>
  (row: readonly CellValue[]): boolean =>
    !/^\s*(sub-?total|total|totaal|grand total|deduct)/i.test(String(row[col(column)] ?? ''));
