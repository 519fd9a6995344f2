/**
 * Where a value sits on a PG sheet as a person sees it, so verification can name the cell:
 * a PG Register column of an initiative's row, a series sheet's period column of an ID's row.
 */
import { cellAddress, type Grid } from '../model/cell.js';
import type { Granularity, Period } from '../model/period.js';
import { findHeaderRow, headerKey, headerText } from './header-key.js';
import { periodOfHeader } from './period-header.js';

function columnOf(grid: Grid, headerRow: number, header: string): number {
  const key = headerKey(header);
  return (grid[headerRow] ?? []).findIndex((cell) => headerKey(cell) === key);
}

/** The PG Register cell of column `header` on 1-based `row`; null when either is not there. */
export function registerCell(grid: Grid, row: number | undefined, header: string): string | null {
  const headerRow = findHeaderRow(grid, 'ID');
  if (headerRow < 0 || row === undefined) return null;
  const col = columnOf(grid, headerRow, header);
  return col < 0 ? null : cellAddress(row - 1, col);
}

/** The 1-based row of `id` on a series sheet (first match), or null. */
export function seriesRow(grid: Grid, id: string): number | null {
  const headerRow = findHeaderRow(grid, 'ID');
  if (headerRow < 0) return null;
  const col = columnOf(grid, headerRow, 'ID');
  const wanted = id.trim().toLowerCase();
  for (let r = headerRow + 1; r < grid.length; r++)
    if (headerText(grid[r]?.[col]).toLowerCase() === wanted) return r + 1;
  return null;
}

/** The cell of `id`'s value for `period` on a series sheet; the column's header when the row is gone; null when the period has no column. */
export function seriesCell(grid: Grid, id: string, period: Period, granularity: Granularity): string | null {
  const headerRow = findHeaderRow(grid, 'ID');
  if (headerRow < 0) return null;
  const col = (grid[headerRow] ?? []).findIndex((cell) => periodOfHeader(cell, granularity) === period);
  if (col < 0) return null;
  const row = seriesRow(grid, id);
  return cellAddress(row === null ? headerRow : row - 1, col);
}
