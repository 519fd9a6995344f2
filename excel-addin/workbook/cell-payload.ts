import type { CellValue, Grid } from '../../core/model/cell.js';
import { TEXT_FORMAT } from './number-format.js';

/**
 * Values as Office.js takes them. `null` in a values array means "leave the cell alone",
 * so a blank becomes "" (which clears it). Non-finite numbers cannot be written: blank too.
 */
export function toExcelValue(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return value;
}

/**
 * Number formats for a block of rows: a string cell is always text-formatted, so Excel never
 * re-parses `2027-01` as a date or `=x` as a formula; other cells take their column's format.
 */
export function formatsFor(rows: Grid, columnFormats: readonly string[], header: boolean): string[][] {
  return rows.map((row) =>
    row.map((value, c) =>
      header || typeof value === 'string' ? TEXT_FORMAT : (columnFormats[c] ?? 'General'),
    ),
  );
}

const encoder = new TextEncoder();

/** Bytes a row adds to a request: its values and formats as JSON, as Office.js sends them. */
export function rowBytes(values: readonly unknown[], formats: readonly string[]): number {
  return encoder.encode(JSON.stringify(values)).length + encoder.encode(JSON.stringify(formats)).length + 2;
}
