import type { CellValue, Grid } from '../model/cell.js';
import type { Initiative } from '../model/initiative.js';
import type { Register } from '../model/register.js';
import { SHEETS } from '../model/sheets.js';
import type { SheetWrite } from '../contract/workbook-port.js';
import { parseText } from '../values/parse-text.js';
import { findHeaderRow, headerKey, isBlankRow, rectangular } from './header-key.js';
import { periodOfHeader } from './period-header.js';
import { ownValue } from './own-key.js';

export type SeriesField = 'plan' | 'forecast' | 'actual';

export const SERIES_SHEETS: Record<SeriesField, string> = {
  plan: SHEETS.plan,
  forecast: SHEETS.forecast,
  actual: SHEETS.actual,
};

export interface SeriesBase {
  grid: Grid;
  /** IDs whose values are written from the model; other rows keep their cells as typed. */
  rewrite: ReadonlySet<string>;
}

/**
 * `PG Plan` / `PG Forecast` / `PG Actual`: `ID`, one column per register period (header text
 * `YYYY-MM` / `YYYY-Qn`), then the user's own columns. Blank (NaN) values are blank cells. With a
 * `base`, rows not in `rewrite` keep their cells verbatim and rows PlanGate cannot read are kept.
 */
export function encodeSeriesSheet(register: Register, field: SeriesField, base?: SeriesBase): SheetWrite {
  const sheet = SERIES_SHEETS[field];
  const extras = ownValue(register.seriesExtras, sheet) ?? { headers: [], byId: {} };
  const header: CellValue[] = ['ID', ...register.periods, ...extras.headers];
  const baseGrid = base?.grid ?? [];
  const headerRow = baseGrid.length > 0 ? findHeaderRow(baseGrid, 'ID') : -1;
  const baseHeader = headerRow >= 0 ? (baseGrid[headerRow] ?? []) : [];
  const baseIdCol = baseHeader.findIndex((h) => headerKey(h) === 'id');
  // Output column → base column holding the same period or user column, for verbatim copies.
  const sourceOf = header.map((h, out) => {
    if (out === 0) return baseIdCol;
    return baseHeader.findIndex((b, col) =>
      col !== baseIdCol && out <= register.periods.length
        ? periodOfHeader(b, register.settings.granularity) === h
        : headerKey(b) === headerKey(h) && periodOfHeader(b, register.settings.granularity) === null,
    );
  });
  const encodeRow = (initiative: Initiative): CellValue[] => [
    initiative.id,
    ...Array.from(initiative[field], (v) => (Number.isNaN(v) ? null : v)),
    ...(ownValue(extras.byId, initiative.id) ?? extras.headers.map(() => null)),
  ];
  const copyRow = (row: readonly CellValue[]): CellValue[] =>
    sourceOf.map((col) => (col >= 0 ? (row[col] ?? null) : null));

  const byId = new Map(register.initiatives.map((i) => [i.id.toLowerCase(), i]));
  const rows: CellValue[][] = [header];
  const written = new Set<string>();
  for (let r = headerRow + 1; headerRow >= 0 && r < baseGrid.length; r++) {
    const row = baseGrid[r] ?? [];
    if (isBlankRow(row)) continue;
    const read = parseText(row[baseIdCol]);
    const key = read.ok && read.value !== null ? read.value.toLowerCase() : null;
    const initiative = key === null ? undefined : byId.get(key);
    if (!initiative || written.has(key!)) {
      rows.push(copyRow(row));
      continue;
    }
    written.add(key!);
    if (base!.rewrite.has(initiative.id)) {
      rows.push(encodeRow(initiative));
    } else {
      // Cells as typed where the sheet had the column; new period columns from the model.
      const model = encodeRow(initiative);
      rows.push(sourceOf.map((col, out) => (col >= 0 ? (row[col] ?? null) : model[out]!)));
    }
  }
  for (const initiative of register.initiatives) {
    if (!written.has(initiative.id.toLowerCase())) rows.push(encodeRow(initiative));
  }
  return {
    sheet,
    mode: 'replace',
    rows: rectangular(rows),
    layout: {
      headerRows: 1,
      columns: header.map((_, col) =>
        col === 0
          ? { kind: 'text', width: 12 }
          : col <= register.periods.length
            ? { kind: 'money', width: 11 }
            : { kind: 'text', width: 14 },
      ),
      protection: 'none',
      currency: register.settings.currency,
    },
  };
}
