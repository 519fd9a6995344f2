import type { Grid } from '../../core/model/cell.js';
import { ACTION_BYTES, type BatchPlan } from './batch-plan.js';
import { formatsFor, rowBytes, toExcelValue } from './cell-payload.js';
import { PROTECTION_OPTIONS } from './protection-options.js';

export interface RowsTarget {
  sheet: string;
  /** 0-based row where `rows` start. */
  startRow: number;
  rows: Grid;
  width: number;
  columnFormats: readonly string[];
  /** How many of `rows` are header rows (always text). */
  headerRows: number;
  /** Protected sheet: each block unprotects, writes and protects again within its own batch. */
  reprotect: boolean;
}

/**
 * Queues `rows` as value blocks that fill each batch up to its limit: number formats first
 * (so text stays text), then values, one `getRangeByIndexes` per block, never per row.
 */
export function queueRows(plan: BatchPlan, target: RowsTarget): void {
  const fixed = ACTION_BYTES * (target.reprotect ? 5 : 3);
  let start = 0;
  while (start < target.rows.length) {
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    let bytes = fixed;
    let end = start;
    while (end < target.rows.length) {
      const source = target.rows[end];
      const row = Array.from({ length: target.width }, (_, c) => toExcelValue(source[c] ?? null));
      const [format] = formatsFor(
        [source.slice(0, target.width)],
        target.columnFormats,
        end < target.headerRows,
      );
      const padded = Array.from(
        { length: target.width },
        (_, c) => format?.[c] ?? target.columnFormats[c] ?? 'General',
      );
      const size = rowBytes(row, padded);
      if (end > start && bytes + size > plan.room) break;
      values.push(row);
      formats.push(padded);
      bytes += size;
      end++;
    }
    if (bytes > plan.room && !plan.isEmpty) {
      // Not even one row fits in what is left of this batch: retry in a fresh one.
      plan.next();
      continue;
    }
    plan.add({ bytes, queue: blockWriter(target, target.startRow + start, values, formats) });
    start = end;
    if (start < target.rows.length) plan.next();
  }
}

function blockWriter(
  target: RowsTarget,
  row: number,
  values: (string | number | boolean)[][],
  formats: string[][],
): (context: Excel.RequestContext) => void {
  return (context) => {
    const sheet = context.workbook.worksheets.getItem(target.sheet);
    if (target.reprotect) sheet.protection.unprotect();
    const range = sheet.getRangeByIndexes(row, 0, values.length, target.width);
    range.numberFormat = formats;
    range.values = values;
    if (target.reprotect) sheet.protection.protect(PROTECTION_OPTIONS);
  };
}
