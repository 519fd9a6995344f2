import { ACTION_BYTES } from './batch-plan.js';
import { utf8Length } from './cell-payload.js';

/** One number-format assignment: a single format for a whole rectangle, or one per cell. */
export interface FormatWrite {
  /** 0-based, relative to the block's first row. */
  row: number;
  col: number;
  rows: number;
  cols: number;
  format: string | string[][];
}

interface Run {
  start: number;
  length: number;
  format: string;
}

/** JSON bytes of a format string, separator included. */
function formatBytes(format: string): number {
  return utf8Length(JSON.stringify(format)) + 1;
}

/**
 * The number formats of one block of rows, column by column. Office.js documents "single input
 * copy" (Excel JavaScript API programming overview): one value assigned to a multi-cell range's
 * `values`, `numberFormat` or `formulas` applies to every cell, as Ctrl+Enter does. So a run
 * of equal formats down a column costs one small assignment instead of a format per cell; a
 * column whose formats change often (a money column with text typed in) falls back to a column
 * array when that is cheaper. The estimate is what the block's format assignments add to a request.
 */
export class BlockFormats {
  private readonly columns: string[][];
  private readonly runCost: number[];
  private readonly arrayCost: number[];
  private total = 0;

  constructor(readonly width: number) {
    this.columns = Array.from({ length: width }, () => []);
    this.runCost = new Array<number>(width).fill(0);
    this.arrayCost = new Array<number>(width).fill(ACTION_BYTES);
  }

  get rows(): number {
    return this.columns[0]?.length ?? 0;
  }

  /** Estimated request bytes of the assignments so far. */
  get bytes(): number {
    return this.total;
  }

  /** What adding this row of formats would add to `bytes`. */
  growth(formats: readonly string[]): number {
    let delta = 0;
    for (let c = 0; c < this.width; c++) {
      const [runs, array] = this.costsWith(c, formats[c]);
      delta += Math.min(runs, array) - Math.min(this.runCost[c], this.arrayCost[c]);
    }
    return delta;
  }

  add(formats: readonly string[]): void {
    for (let c = 0; c < this.width; c++) {
      const [runs, array] = this.costsWith(c, formats[c]);
      this.total += Math.min(runs, array) - Math.min(this.runCost[c], this.arrayCost[c]);
      this.runCost[c] = runs;
      this.arrayCost[c] = array;
      this.columns[c].push(formats[c]);
    }
  }

  private costsWith(c: number, format: string): [number, number] {
    const column = this.columns[c];
    const bytes = formatBytes(format);
    const newRun = column.length === 0 || column[column.length - 1] !== format;
    return [this.runCost[c] + (newRun ? ACTION_BYTES + bytes : 0), this.arrayCost[c] + bytes + 2];
  }

  /**
   * The assignments: runs as single formats, neighbouring columns with the same runs merged into
   * one rectangle; columns cheaper as arrays as one `rows × 1` array each.
   */
  writes(): FormatWrite[] {
    const out: FormatWrite[] = [];
    const groups: { col: number; cols: number; runs: Run[] }[] = [];
    for (let c = 0; c < this.width; c++) {
      const column = this.columns[c];
      if (column.length === 0) continue;
      if (this.arrayCost[c] < this.runCost[c]) {
        out.push({ row: 0, col: c, rows: column.length, cols: 1, format: column.map((f) => [f]) });
        continue;
      }
      const runs = runsOf(column);
      const last = groups[groups.length - 1];
      if (last && last.col + last.cols === c && sameRuns(last.runs, runs)) last.cols++;
      else groups.push({ col: c, cols: 1, runs });
    }
    for (const { col, cols, runs } of groups) {
      for (const run of runs) out.push({ row: run.start, col, rows: run.length, cols, format: run.format });
    }
    return out;
  }
}

function runsOf(column: readonly string[]): Run[] {
  const runs: Run[] = [];
  column.forEach((format, row) => {
    const last = runs[runs.length - 1];
    if (last && last.format === format) last.length++;
    else runs.push({ start: row, length: 1, format });
  });
  return runs;
}

function sameRuns(a: readonly Run[], b: readonly Run[]): boolean {
  return (
    a.length === b.length &&
    a.every((run, i) => run.start === b[i].start && run.length === b[i].length && run.format === b[i].format)
  );
}
