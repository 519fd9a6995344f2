import type { CellValue, Grid } from '../model/cell.js';
import {
  detectNumberLocale,
  errorReading,
  parseNumber,
  type NumberLocale,
  type ValueHints,
} from '../values/index.js';

export function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The cells of one column below the header. */
export function columnCells(rows: Grid, column: number): CellValue[] {
  return rows.map((row) => row[column] ?? null);
}

/** Share of the non-blank cells that satisfy `test`, and how many there are. */
export function shareOf(
  cells: CellValue[],
  test: (cell: CellValue) => boolean,
): { share: number; count: number } {
  let count = 0;
  let hits = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    count++;
    if (test(cell)) hits++;
  }
  return { share: count === 0 ? 0 : hits / count, count };
}

/**
 * An amount reader for one column, with the decimal mark decided once for the whole column (the
 * file's hint decides where the cells leave it open). `#N/A` is "no value" in a text export and a
 * reported problem in a workbook, where it is a broken formula.
 */
export function amountReader(
  cells: CellValue[],
  hints: ValueHints = {},
): {
  locale: NumberLocale;
  read: (cell: CellValue | undefined) => ReturnType<typeof parseNumber>;
} {
  const locale = detectNumberLocale(cells, hints.decimalMark);
  const spreadsheetErrors = errorReading(hints);
  return { locale, read: (cell) => parseNumber(cell, { locale, spreadsheetErrors }) };
}
