import type { CellValue, Grid } from '../model/cell.js';

const SCAN_ROWS = 30;

function filled(row: readonly CellValue[] | undefined): number {
  return (row ?? []).filter((c) => c !== null && c !== undefined && String(c).trim() !== '').length;
}

function texts(row: readonly CellValue[] | undefined): number {
  return (row ?? []).filter((c) => typeof c === 'string' && c.trim() !== '' && !/^[\d\s.,%$€£-]+$/.test(c))
    .length;
}

/**
 * 0-based index of the header row of an export: the first of the top rows that is about as wide
 * as the table and mostly words. Skips title and date-range lines ("Campaign report", "All time")
 * that report tools put above the header. -1 when the grid has no such row.
 */
export function findHeaderRow(grid: Grid): number {
  const top = grid.slice(0, SCAN_ROWS);
  const widest = Math.max(0, ...top.map(filled));
  if (widest === 0) return -1;
  return top.findIndex((row) => filled(row) >= Math.max(2, Math.ceil(widest * 0.6)) && texts(row) >= 1);
}
