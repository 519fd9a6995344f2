import type { CellValue, Grid } from '../../core/index.js';
import type { SheetLayout } from '../../core/index.js';
import type { CellIn } from './apps-script-api.js';
import { cellNumberFormat, columnNumberFormats } from '../../core/index.js';
import { SHEETS_MONEY } from './number-formats.js';

/** `getValues` output → port grid: '' is a blank cell, Dates become serial numbers. */
export function gridFromValues(values: CellIn[][], serialOf: (d: Date) => number): Grid {
  if (values.length === 1 && values[0]?.length === 1 && values[0][0] === '') return [];
  return values.map((row) =>
    row.map((v): CellValue => {
      if (v === '') return null;
      // Not `instanceof`: Dates may come from another realm (a test's vm context).
      if (typeof v === 'object')
        return Object.prototype.toString.call(v) === '[object Date]' ? serialOf(v) : null;
      return v;
    }),
  );
}

/** Port rows → `setValues` input, padded to `width`; blanks and non-finite numbers become ''. */
export function valuesFromGrid(rows: Grid, width: number): CellIn[][] {
  return rows.map((row) => {
    const out: CellIn[] = new Array<CellIn>(width);
    for (let c = 0; c < width; c++) {
      const v = row[c];
      out[c] = v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? '' : v;
    }
    return out;
  });
}

/**
 * One number format per cell: header rows and every string are plain text (so `2027-01` or
 * `007` stay what PlanGate wrote), other cells take their column kind's format.
 */
export function formatsFor(
  rows: Grid,
  width: number,
  headerRows: number,
  layout: SheetLayout | undefined,
): string[][] {
  const byColumn = columnNumberFormats(layout, width, SHEETS_MONEY);
  return rows.map((row, r) => {
    const out = new Array<string>(width);
    for (let c = 0; c < width; c++) out[c] = cellNumberFormat(row[c], byColumn[c], r < headerRows);
    return out;
  });
}

export function widthOf(rows: Grid, layoutColumns = 0): number {
  let width = layoutColumns;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}
