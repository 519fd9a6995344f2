import type { Grid } from '../model/cell.js';

/**
 * The one thing that differs between Excel, Google Sheets, the playground and files.
 *
 * A use case calls `read` once, computes in memory, and calls `write` once. Adapters turn
 * one `read` into one host round trip (Excel: one `context.sync`; Sheets: one `getValues`
 * per sheet) and one `write` into as few as the host allows (Excel: chunks under 4 MB).
 * A per-row host call anywhere is a bug.
 */
export interface WorkbookPort {
  read(sheets: readonly string[]): Promise<WorkbookRead>;
  write(plan: WritePlan): Promise<void>;
}

export interface WorkbookRead {
  /** Every sheet of the workbook, in tab order. */
  sheetNames: string[];
  /**
   * The used range of each requested sheet that exists, from A1 (so grid[r][c] is the cell
   * at row r+1, column c+1). Missing sheets are absent. Dates come as serial numbers.
   */
  grids: Record<string, Grid>;
}

/** Everything one use case writes, applied in order. Only PG sheets may be written. */
export interface WritePlan {
  sheets: SheetWrite[];
}

export interface SheetWrite {
  sheet: string;
  /**
   * replace: create the sheet if missing, clear it, write `rows` from A1 and apply `layout`.
   * append: add `rows` directly below the last used row (the header must exist).
   */
  mode: 'replace' | 'append';
  /** Rectangular. Strings are written as text (never re-parsed as dates or numbers by the host). */
  rows: Grid;
  /**
   * append only: the number of used rows the use case saw when it read the sheet. An adapter
   * refuses the write (throws `ConcurrentEditError`) when the sheet has changed since, so two
   * people appending at once cannot fork the audit chain.
   */
  expectedRows?: number;
  layout?: SheetLayout;
}

export interface SheetLayout {
  /** Header rows at the top: bold, frozen, text-formatted. */
  headerRows: number;
  /** One per column of `rows`. */
  columns: ColumnSpec[];
  /** Excel: format the data as a table with this name. Sheets: a filter over the range. */
  tableName?: string;
  /** `warning`: edits are possible but the host warns first (Sheets) or needs unprotecting (Excel). */
  protection?: 'none' | 'warning';
  conditional?: ConditionalRule[];
  charts?: ChartSpec[];
  /** ISO 4217 code the `money` columns are shown in (the register's reporting currency). */
  currency?: string;
}

export type ColumnKind = 'text' | 'number' | 'integer' | 'money' | 'percent' | 'date' | 'datetime';

export interface ColumnSpec {
  kind: ColumnKind;
  /** Computed by PlanGate: visibly marked (grey header fill) and overwritten on refresh. */
  computed?: boolean;
  /** Data-validation list of allowed values. */
  validation?: readonly string[];
  /** Width in characters. */
  width?: number;
}

/** Fill the cells of `column` (0-based, data rows only) whose text equals `equals`. */
export interface ConditionalRule {
  column: number;
  equals: string;
  /** Hex colour, `#RRGGBB`. */
  fill: string;
  fontColor?: string;
}

/** A native chart over a block of the same sheet (0-based, header row and label column included). */
export interface ChartSpec {
  kind: 'column' | 'stackedColumn' | 'line' | 'waterfall';
  title: string;
  source: { row: number; col: number; rows: number; cols: number };
  anchor: { row: number; col: number };
}

/** Thrown by adapters when an append finds the sheet changed since it was read. */
export class ConcurrentEditError extends Error {
  constructor(readonly sheet: string) {
    super(
      `${sheet} was changed by someone else while you worked. Nothing was written: refresh and try again.`,
    );
    this.name = 'ConcurrentEditError';
  }
}
