import { cellAddress, type CellProblem, type Grid } from '../model/cell.js';
import type { Granularity, Period } from '../model/period.js';
import type { UnknownColumns } from '../model/register.js';
import { amountMeaning } from '../values/amount-meaning.js';
import { parseNumber } from '../values/parse-number.js';
import { parseText } from '../values/parse-text.js';
import { columnHasData, findHeaderRow, headerText, isBlankRow } from './header-key.js';
import { periodOfHeader } from './period-header.js';
import { setOwn } from './own-key.js';

export interface SeriesRow {
  id: string;
  /** 1-based sheet row. */
  row: number;
  /** Aligned with the sheet's `periods` (column order); NaN for a blank or unreadable cell. */
  values: Float64Array;
}

export interface SeriesSheetDecode {
  periods: Period[];
  /** By lower-case ID. */
  rows: Map<string, SeriesRow>;
  extras: UnknownColumns;
  problems: CellProblem[];
}

/** `PG Plan` / `PG Forecast` / `PG Actual`: column `ID`, one column per period, the user's other columns kept. */
export function decodeSeriesSheet(
  sheet: string,
  grid: Grid,
  granularity: Granularity,
  /** The register's currency: an amount typed in another (`$50` in EUR), a percent or a date is reported. */
  currency: string | null = null,
): SeriesSheetDecode {
  const result: SeriesSheetDecode = {
    periods: [],
    rows: new Map(),
    extras: { headers: [], byId: {} },
    problems: [],
  };
  if (grid.length === 0) return result;
  const headerRow = findHeaderRow(grid, 'ID');
  if (headerRow < 0) {
    result.problems.push({
      sheet,
      cell: 'A1',
      message: `${sheet} has no "ID" header in its first rows: put "ID" back in A1 above the initiative IDs.`,
    });
    return result;
  }
  const header = grid[headerRow] ?? [];
  let idColumn = -1;
  const periodColumns: { col: number; period: Period }[] = [];
  const extraColumns: { col: number; header: string }[] = [];
  header.forEach((cell, col) => {
    const text = headerText(cell);
    if (idColumn < 0 && text.toLowerCase() === 'id') {
      idColumn = col;
      return;
    }
    const period = periodOfHeader(cell, granularity);
    if (period !== null) {
      if (periodColumns.some((p) => p.period === period)) {
        result.problems.push({
          sheet,
          cell: cellAddress(headerRow, col),
          message: `Period ${period} has two columns: delete one (PlanGate reads the first).`,
        });
      } else periodColumns.push({ col, period });
      return;
    }
    const hasData = columnHasData(grid, headerRow, col);
    if (text !== '' || hasData) extraColumns.push({ col, header: text === '' ? `Column ${col + 1}` : text });
  });
  const kinds = new Set(periodColumns.map((p) => p.period.includes('Q')));
  if (kinds.size > 1) {
    result.problems.push({
      sheet,
      cell: cellAddress(headerRow, periodColumns[0].col),
      message: `${sheet} mixes months (YYYY-MM) and quarters (YYYY-Qn): use one of them for every period column.`,
    });
  }
  result.periods = periodColumns.map((p) => p.period);
  result.extras.headers = extraColumns.map((e) => e.header);

  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (isBlankRow(row)) continue;
    const idRead = parseText(row[idColumn]);
    const id = idRead.ok ? idRead.value : null;
    if (id === null) {
      result.problems.push({
        sheet,
        cell: cellAddress(r, idColumn),
        message:
          'This row has no ID: type the ID of the initiative from PG Register. Until then its values are ignored.',
      });
      continue;
    }
    const key = id.toLowerCase();
    const earlier = result.rows.get(key);
    if (earlier) {
      result.problems.push({
        sheet,
        cell: cellAddress(r, idColumn),
        message: `ID "${id}" already has a row (row ${earlier.row}): put its values on one row. Until then this row is ignored.`,
      });
      continue;
    }
    const values = new Float64Array(periodColumns.length).fill(Number.NaN);
    for (let k = 0; k < periodColumns.length; k++) {
      const { col, period } = periodColumns[k];
      const cell = row[col];
      // Most cells are plain numbers or blank: skip the text reader for them.
      if (typeof cell === 'number' && Number.isFinite(cell)) {
        values[k] = cell;
        continue;
      }
      if (cell === null || cell === undefined) continue;
      const read = parseNumber(cell);
      const meaning = read.ok && read.value !== null ? amountMeaning(cell, { currency }) : null;
      if (!read.ok)
        result.problems.push({ sheet, cell: cellAddress(r, col), message: `${period}: ${read.message}` });
      else if (meaning && !meaning.ok)
        result.problems.push({ sheet, cell: cellAddress(r, col), message: `${period}: ${meaning.message}` });
      else if (read.value !== null) values[k] = read.value;
    }
    result.rows.set(key, { id, row: r + 1, values });
    if (extraColumns.length > 0)
      setOwn(
        result.extras.byId,
        id,
        extraColumns.map((e) => row[e.col] ?? null),
      );
  }
  return result;
}
