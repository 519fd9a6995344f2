/**
 * Cells and grids: the only shape in which data crosses the WorkbookPort.
 *
 * A grid is row-major and rectangular. Cell values are what a spreadsheet holds after
 * calculation: numbers (dates as serial numbers, 1899-12-30 epoch, the same in Excel and
 * Google Sheets), strings, booleans, and `null` for a blank cell.
 */
export type CellValue = string | number | boolean | null;
export type Grid = CellValue[][];

/** 0-based column index → spreadsheet letters (0 → A, 25 → Z, 26 → AA). */
export function columnLetter(col0: number): string {
  let n = col0 + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based row and column → A1 address as the sheet shows it ("B12"). */
export function cellAddress(row0: number, col0: number): string {
  return `${columnLetter(col0)}${row0 + 1}`;
}

/**
 * A cell PlanGate could not read. `message` says what is wrong and what to do,
 * e.g. `"abc" is not a number: type an amount such as 1200 or 1,200.50`.
 */
export interface CellProblem {
  sheet: string;
  cell: string;
  message: string;
}
