import type { CellValue, Grid } from '../model/cell.js';
import { isPlanGateSheet } from '../model/sheets.js';
import {
  ConcurrentEditError,
  type SheetLayout,
  type WorkbookPort,
  type WorkbookRead,
  type WritePlan,
} from '../contract/workbook-port.js';

/**
 * A workbook held in memory: the playground's workbook and the reference behaviour every
 * adapter is tested against. Sheets keep tab order; grids are the used range from A1 (trailing
 * blank rows and columns trimmed, as hosts report it). PlanGate may write only PG sheets; the
 * methods for user sheets and single cells stand in for a person typing.
 */
export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets = new Map<string, Grid>();
  private readonly appliedLayouts = new Map<string, SheetLayout>();
  /** Calls of `read` and `write` since creation (or `resetCounts`). */
  reads = 0;
  writes = 0;

  constructor(initial: Record<string, Grid> = {}) {
    for (const [name, grid] of Object.entries(initial)) this.sheets.set(name, usedRange(grid));
  }

  read(sheets: readonly string[]): Promise<WorkbookRead> {
    this.reads++;
    const grids: Record<string, Grid> = {};
    for (const name of sheets) {
      const grid = this.sheets.get(name);
      if (grid) grids[name] = copy(grid);
    }
    return Promise.resolve({ sheetNames: this.sheetNames(), grids });
  }

  write(plan: WritePlan): Promise<void> {
    this.writes++;
    // Check the whole plan before applying any of it, so a refused write leaves nothing half-done.
    for (const write of plan.sheets) {
      if (!isPlanGateSheet(write.sheet)) {
        return Promise.reject(
          new Error(
            `PlanGate may only write its own PG sheets; "${write.sheet}" belongs to you and was left unchanged.`,
          ),
        );
      }
      if (write.mode === 'append') {
        const current = this.sheets.get(write.sheet);
        if (!current || current.length === 0) {
          return Promise.reject(
            new Error(`${write.sheet} has no header row to append below: refresh and try again.`),
          );
        }
        if (write.expectedRows !== undefined && current.length !== write.expectedRows) {
          return Promise.reject(new ConcurrentEditError(write.sheet));
        }
      }
    }
    for (const write of plan.sheets) {
      if (write.mode === 'replace') {
        this.sheets.set(write.sheet, usedRange(write.rows));
        if (write.layout) this.appliedLayouts.set(write.sheet, cloneLayout(write.layout));
        else this.appliedLayouts.delete(write.sheet);
      } else {
        const current = this.sheets.get(write.sheet)!;
        this.sheets.set(write.sheet, usedRange([...current, ...copy(write.rows)]));
      }
    }
    return Promise.resolve();
  }

  /** Tab order. */
  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  /** A copy of a sheet's used range, or undefined when there is no such sheet. */
  grid(sheet: string): Grid | undefined {
    const grid = this.sheets.get(sheet);
    return grid ? copy(grid) : undefined;
  }

  /** The layout last applied to a PG sheet by a replace write. */
  layout(sheet: string): SheetLayout | undefined {
    const layout = this.appliedLayouts.get(sheet);
    return layout ? cloneLayout(layout) : undefined;
  }

  /** Add or replace a sheet as a person would (any sheet, including the user's own). */
  setSheet(sheet: string, grid: Grid): void {
    this.sheets.set(sheet, usedRange(grid));
  }

  removeSheet(sheet: string): void {
    this.sheets.delete(sheet);
    this.appliedLayouts.delete(sheet);
  }

  /** Type into one cell (0-based row and column), growing the sheet as needed. */
  setCell(sheet: string, row: number, col: number, value: CellValue): void {
    const grid = this.sheets.get(sheet) ?? [];
    while (grid.length <= row) grid.push([]);
    const width = Math.max(col + 1, ...grid.map((r) => r.length));
    const padded = grid.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
    padded[row][col] = value;
    this.sheets.set(sheet, usedRange(padded));
  }

  /** The value of one cell (0-based), null when blank or outside the used range. */
  cell(sheet: string, row: number, col: number): CellValue {
    return this.sheets.get(sheet)?.[row]?.[col] ?? null;
  }

  resetCounts(): void {
    this.reads = 0;
    this.writes = 0;
  }
}

function copy(grid: Grid): Grid {
  return grid.map((row) => [...row]);
}

const isBlank = (cell: CellValue | undefined): boolean => cell === null || cell === undefined || cell === '';

/** The used range from A1: rectangular, without trailing blank rows or columns. */
function usedRange(grid: Grid): Grid {
  let rows = grid.length;
  while (rows > 0 && grid[rows - 1].every(isBlank)) rows--;
  let cols = 0;
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    for (let c = row.length - 1; c >= cols; c--) {
      if (!isBlank(row[c])) {
        cols = c + 1;
        break;
      }
    }
  }
  const out: Grid = [];
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    const next: CellValue[] = new Array<CellValue>(cols);
    for (let c = 0; c < cols; c++) next[c] = row[c] ?? null;
    out.push(next);
  }
  return out;
}

function cloneLayout(layout: SheetLayout): SheetLayout {
  return JSON.parse(JSON.stringify(layout)) as SheetLayout;
}
