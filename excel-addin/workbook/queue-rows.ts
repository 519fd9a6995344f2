import type { Grid } from '../../core/model/cell.js';
import { ACTION_BYTES, type BatchPlan } from './batch-plan.js';
import { cellFormat, toExcelValue, utf8Length, valueBytes } from './cell-payload.js';
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
  const formatBytes = new Map<string, number>();
  const bytesOfFormat = (format: string): number => {
    let n = formatBytes.get(format);
    if (n === undefined) formatBytes.set(format, (n = utf8Length(JSON.stringify(format)) + 1));
    return n;
  };
  let start = 0;
  while (start < target.rows.length) {
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    let bytes = fixed;
    let end = start;
    while (end < target.rows.length) {
      const source = target.rows[end];
      const header = end < target.headerRows;
      const row = new Array<string | number | boolean>(target.width);
      const format = new Array<string>(target.width);
      let size = 4; // brackets of the row in both arrays
      for (let c = 0; c < target.width; c++) {
        const cell = source[c] ?? null;
        row[c] = toExcelValue(cell);
        format[c] = cellFormat(cell, target.columnFormats[c] ?? 'General', header);
        size += valueBytes(row[c]) + bytesOfFormat(format[c]);
      }
      if (end > start && bytes + size > plan.room) break;
      values.push(row);
      formats.push(format);
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
