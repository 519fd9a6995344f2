import type { CellValue, Grid } from '../model/cell.js';

/** The stamp of a sheet that does not exist. */
export const ABSENT_SHEET = 'absent';

/**
 * A content hash of a sheet as the port reads it, so a write can check that the sheet still
 * holds what the use case read (see `SheetWrite.expectedStamp`). Blank cells and trailing blank
 * rows and columns do not count, so hosts that report a used range a little larger or smaller
 * agree; every value and its type does ("1" ≠ 1). Two FNV-1a lanes give 64 bits.
 */
export function gridStamp(grid: Grid | undefined): string {
  if (grid === undefined) return ABSENT_SHEET;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const mix = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
  };
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    let last = row.length - 1;
    while (last >= 0 && isBlank(row[last])) last--;
    if (last < 0) continue;
    mix(`\u0001${r}`);
    for (let c = 0; c <= last; c++) mix(cellText(row[c]));
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || cell === '';
}

function cellText(cell: CellValue | undefined): string {
  if (isBlank(cell)) return '\u0002';
  if (typeof cell === 'number') return `\u0002n${cell}`;
  if (typeof cell === 'boolean') return `\u0002b${cell ? 1 : 0}`;
  return `\u0002s${cell}`;
}
