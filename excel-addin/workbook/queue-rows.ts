import type { Grid } from '../../core/index.js';
import { ACTION_BYTES, type BatchPlan } from './batch-plan.js';
import { BlockFormats, type FormatWrite } from './block-formats.js';
import { cellNumberFormat, GENERAL_FORMAT, TEXT_FORMAT } from '../../core/index.js';
import { toExcelValue, valueBytes } from './cell-payload.js';
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
 * (so text stays text), then values, one `getRangeByIndexes` per block, never per row. Formats
 * go as one per run of equal formats down a column, not one per cell (see BlockFormats).
 */
export function queueRows(plan: BatchPlan, target: RowsTarget): void {
  const fixed = ACTION_BYTES * (target.reprotect ? 4 : 2);
  let start = 0;
  while (start < target.rows.length) {
    const values: (string | number | boolean)[][] = [];
    const headers = Math.max(0, Math.min(target.headerRows - start, target.rows.length - start));
    const formats = new BlockFormats(target.width);
    // The header rows of the block: one text format over all of them.
    let bytes = fixed + (headers > 0 ? ACTION_BYTES : 0);
    let end = start;
    while (end < target.rows.length) {
      const source = target.rows[end];
      const header = end < target.headerRows;
      const row = new Array<string | number | boolean>(target.width);
      const format = header ? null : new Array<string>(target.width);
      let size = 2; // brackets of the row
      for (let c = 0; c < target.width; c++) {
        const cell = source[c] ?? null;
        row[c] = toExcelValue(cell);
        size += valueBytes(row[c]);
        if (format) format[c] = cellNumberFormat(cell, target.columnFormats[c] ?? GENERAL_FORMAT);
      }
      if (format) size += formats.growth(format);
      if (end > start && bytes + size > plan.room) break;
      values.push(row);
      if (format) formats.add(format);
      bytes += size;
      end++;
    }
    if (bytes > plan.room && !plan.isEmpty) {
      // Not even one row fits in what is left of this batch: retry in a fresh one.
      plan.next();
      continue;
    }
    const block = { row: target.startRow + start, headers, values, formats: formats.writes() };
    plan.add({ bytes, queue: blockWriter(target, block) });
    start = end;
    if (start < target.rows.length) plan.next();
  }
}

interface Block {
  /** 0-based sheet row of the block's first row. */
  row: number;
  /** Header rows at the top of the block. */
  headers: number;
  values: (string | number | boolean)[][];
  /** Formats of the data rows below the headers. */
  formats: FormatWrite[];
}

function blockWriter(target: RowsTarget, block: Block): (context: Excel.RequestContext) => void {
  return (context) => {
    const sheet = context.workbook.worksheets.getItem(target.sheet);
    if (target.reprotect) sheet.protection.unprotect();
    if (block.headers > 0) {
      setNumberFormat(sheet.getRangeByIndexes(block.row, 0, block.headers, target.width), TEXT_FORMAT);
    }
    const dataRow = block.row + block.headers;
    for (const f of block.formats) {
      setNumberFormat(sheet.getRangeByIndexes(dataRow + f.row, f.col, f.rows, f.cols), f.format);
    }
    sheet.getRangeByIndexes(block.row, 0, block.values.length, target.width).values = block.values;
    if (target.reprotect) sheet.protection.protect(PROTECTION_OPTIONS);
  };
}

/**
 * `Range.numberFormat` is typed as a 2-D array, but Office.js documents "single input copy": one
 * value assigned to a multi-cell range is applied to every cell, as Ctrl+Enter does.
 */
function setNumberFormat(range: Excel.Range, format: string | string[][]): void {
  (range as unknown as { numberFormat: string | string[][] }).numberFormat = format;
}
