import type { CellValue, Grid } from '../model/cell.js';
import { cellText, isBlankCell } from './cell-text.js';
import type { MergedRange } from './merged-range.js';
import type { ValueHints } from '../values/value-hints.js';

/**
 * Read-only access to one sheet's grid, with merged cells resolved on request: `filled(r, c)`
 * is the value shown in a merged block's top-left cell for every cell of the block.
 * Never writes to the grid it wraps.
 */
export class SheetView {
  readonly height: number;
  readonly width: number;
  private readonly mergeOrigin = new Map<number, [number, number]>();

  constructor(
    readonly name: string,
    private readonly grid: Grid,
    merges: readonly MergedRange[] = [],
    /** What the file format says about the values (decimal mark, `#N/A` as null). */
    readonly hints: ValueHints = {},
  ) {
    this.height = grid.length;
    this.width = grid.reduce((max, row) => Math.max(max, row.length), 0);
    for (const m of merges) {
      // Very large merges (whole columns) are decoration, not structure; skip them.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 5000) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) this.mergeOrigin.set(r * 100_000 + c, [m.top, m.left]);
        }
      }
    }
  }

  cell(r: number, c: number): CellValue {
    return this.grid[r]?.[c] ?? null;
  }

  text(r: number, c: number): string {
    return cellText(this.cell(r, c));
  }

  /** The cell's value, or the merged block's value when the cell is inside a merge. */
  filled(r: number, c: number): CellValue {
    const origin = this.mergeOrigin.get(r * 100_000 + c);
    return origin ? this.cell(origin[0], origin[1]) : this.cell(r, c);
  }

  /** The merged block the cell belongs to spans more than one column. */
  isMergedAcross(r: number, c: number): boolean {
    const origin = this.mergeOrigin.get(r * 100_000 + c);
    if (origin) return origin[1] !== c || this.mergeOrigin.has(r * 100_000 + c + 1);
    return this.mergeOrigin.get(r * 100_000 + c + 1)?.[1] === c;
  }

  isBlank(r: number, c: number): boolean {
    return isBlankCell(this.cell(r, c));
  }

  /** Number of non-blank cells in row r between columns from and to (inclusive). */
  filledCount(r: number, from = 0, to = this.width - 1): number {
    const row = this.grid[r];
    if (!row) return 0;
    let n = 0;
    for (let c = from; c <= to && c < row.length; c++) if (!isBlankCell(row[c])) n++;
    return n;
  }

  /** The row holds only "" (formula results shown blank) and nothing else. */
  isFormulaBlank(r: number, from = 0, to = this.width - 1): boolean {
    const row = this.grid[r];
    if (!row) return false;
    let empties = 0;
    for (let c = from; c <= to && c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.trim() === '') empties++;
      else if (!isBlankCell(v)) return false;
    }
    return empties > 0;
  }
}
