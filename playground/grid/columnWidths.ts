import type { CellValue, Grid } from '../../core/index.js';

const CHAR_PX = 7;
const PADDING_PX = 12;
export const MIN_COLUMN_PX = 48;
export const MAX_COLUMN_PX = 190;
/** Rows looked at to size a column: enough to see the headers and the typical entry. */
const SAMPLED_ROWS = 200;

/**
 * Column widths fitted to what the first rows show, as a spreadsheet's autofit would, so the
 * table can be laid out with fixed widths (fast, and stable while rows scroll in and out).
 */
export function columnWidths(
  grid: Grid,
  columns: number,
  show: (value: CellValue, col: number) => string,
): number[] {
  const chars = new Array<number>(columns).fill(0);
  for (let r = 0; r < Math.min(grid.length, SAMPLED_ROWS); r++) {
    const row = grid[r];
    for (let c = 0; c < Math.min(row.length, columns); c++) {
      if (row[c] !== null) chars[c] = Math.max(chars[c], show(row[c], c).length);
    }
  }
  return chars.map((n) => Math.min(MAX_COLUMN_PX, Math.max(MIN_COLUMN_PX, n * CHAR_PX + PADDING_PX)));
}
