import type { CellValue, Grid } from '../model/cell.js';

/** Header text as PlanGate compares it: trimmed, case-insensitive, single spaces. */
export function headerKey(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  return String(cell)
    .replace(/\u00a0/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The header a sheet shows, verbatim except for surrounding spaces. */
export function headerText(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/**
 * The first row (within the top rows) holding `required` as a header, so a title row typed
 * above the header does not hide the table. Returns -1 when there is none.
 */
export function findHeaderRow(grid: Grid, required: string, searchRows = 10): number {
  const key = headerKey(required);
  const limit = Math.min(grid.length, searchRows);
  for (let r = 0; r < limit; r++) {
    if ((grid[r] ?? []).some((cell) => headerKey(cell) === key)) return r;
  }
  return -1;
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every(isBlankCell);
}

export function isBlankCell(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Whether any row below `headerRow` has something in column `col`. */
export function columnHasData(grid: Grid, headerRow: number, col: number): boolean {
  for (let r = headerRow + 1; r < grid.length; r++) if (!isBlankCell(grid[r]?.[col])) return true;
  return false;
}

/** Make a grid rectangular (ports require it), padding with blank cells. */
export function rectangular(rows: CellValue[][]): CellValue[][] {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) =>
    row.length === width ? row : [...row, ...new Array<CellValue>(width - row.length).fill(null)],
  );
}
