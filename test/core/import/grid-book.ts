import type { CellValue, Grid } from '../../../core/model/cell.js';
import type { ImportSource } from '../../../core/import/imported-plan.js';
import type { MergedRange } from '../../../core/import/merged-range.js';

/** A one-sheet workbook from rows typed in a test. */
export function book(rows: CellValue[][], sheet = 'Plan', merges: MergedRange[] = []): ImportSource {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const grid: Grid = rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
  return { sheetNames: [sheet], grids: { [sheet]: grid }, merges: { [sheet]: merges } };
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function planTotal(plan: Float64Array): number {
  let sum = 0;
  for (const v of plan) if (!Number.isNaN(v)) sum += v;
  return Math.round(sum * 100) / 100;
}
