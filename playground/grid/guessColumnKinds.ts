import type { Grid } from '../../core/index.js';
import type { ColumnKind } from '../../core/index.js';

/** Headers of columns people keep dates in, in the languages the importer reads. */
const DATE_HEADER =
  /\b(date|start|end|due|deadline|review|launch|begin|close|datum|beginn|ende|termin|fällig|début|fin|échéance|fecha|inicio|data|scadenza|ngày)\b/i;
/** Serial days of 1 Jan 1990 and 31 Dec 2099: whole numbers outside are not dates. */
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73415;

/**
 * Column formats for a sheet the user brought (PG sheets declare theirs). Spreadsheet files keep
 * dates as serial day numbers with a date format the grid does not receive, so a column whose
 * header names a date and whose numbers are all whole days between 1990 and 2099 is shown as
 * dates, the way Excel and Sheets would show it. Only the display changes, never the cell.
 */
export function guessColumnKinds(grid: Grid): (ColumnKind | undefined)[] {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const kinds = new Array<ColumnKind | undefined>(width).fill(undefined);
  for (let c = 0; c < width; c++) {
    let headerRow = -1;
    let numbers = 0;
    let dateLike = true;
    for (let r = 0; r < grid.length && dateLike; r++) {
      const v = grid[r][c];
      if (typeof v === 'string' && headerRow < 0 && DATE_HEADER.test(v)) headerRow = r;
      else if (typeof v === 'number' && headerRow >= 0) {
        numbers++;
        dateLike = Number.isInteger(v) && v >= FIRST_SERIAL && v <= LAST_SERIAL;
      }
    }
    if (headerRow >= 0 && numbers > 0 && dateLike) kinds[c] = 'date';
  }
  return kinds;
}
