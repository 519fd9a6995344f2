import type { CellValue, Grid } from '../model/cell.js';
import type { InitiativeMetrics } from '../model/metrics.js';
import type { Initiative } from '../model/initiative.js';
import type { Register } from '../model/register.js';
import { SHEETS } from '../model/sheets.js';
import type { ColumnSpec, ConditionalRule, SheetWrite } from '../contract/workbook-port.js';
import { parseText } from '../values/parse-text.js';
import { columnHasData, findHeaderRow, headerKey, isBlankRow, rectangular } from './header-key.js';
import { columnsFromHeader, resolveColumns, type RegisterColumn } from './register-sheet-columns.js';
import { lightRules } from './sheet-styles.js';
import { ownValue } from './own-key.js';

/** The sheet as the use case read it, and which initiatives it changed. */
export interface RegisterBase {
  grid: Grid;
  /** IDs whose governed cells are rewritten from the model; every other row keeps its cells verbatim. */
  rewrite: ReadonlySet<string>;
}

/**
 * `PG Register` as one replace write. With a `base`, the user's sheet is patched, not redrawn:
 * rows keep their order and their cells as typed (an unreadable cell stays for the user to fix),
 * user columns stay where they are, rows PlanGate cannot read are kept verbatim; only the rows in
 * `rewrite`, new initiatives (appended) and the computed columns are written from the model.
 */
export function encodeRegisterSheet(
  register: Register,
  metrics: readonly InitiativeMetrics[] | null,
  base?: RegisterBase,
): SheetWrite {
  const baseGrid = base?.grid ?? [];
  const headerRow = baseGrid.length > 0 ? findHeaderRow(baseGrid, 'ID') : -1;
  const existing =
    headerRow >= 0
      ? columnsFromHeader(baseGrid[headerRow] ?? [], (col) => columnHasData(baseGrid, headerRow, col))
      : null;
  const columns = resolveColumns(existing, register.extraColumns);
  const metricsById = new Map((metrics ?? []).map((m) => [m.id, m]));
  const byId = new Map(register.initiatives.map((i) => [i.id.toLowerCase(), i]));
  const encodeRow = (initiative: Initiative, from: readonly CellValue[] | null): CellValue[] =>
    columns.map((column) => {
      if (column.type === 'computed') {
        const m = metricsById.get(initiative.id);
        return m ? column.computed.value(m) : null;
      }
      if (from && column.source !== undefined) return from[column.source] ?? null;
      if (column.type === 'extra') return ownValue(initiative.extra, column.header) ?? null;
      return column.governed.encode(initiative, register.settings);
    });

  const rows: CellValue[][] = [];
  for (let r = 0; r < headerRow; r++) rows.push([...(baseGrid[r] ?? [])]);
  rows.push(columns.map((c) => c.header));
  const written = new Set<string>();
  const idSource = existing?.find((c) => c.type === 'governed' && c.header === 'ID')?.source;
  for (let r = headerRow + 1; headerRow >= 0 && r < baseGrid.length; r++) {
    const row = baseGrid[r] ?? [];
    if (isBlankRow(row)) continue;
    const read = parseText(row[idSource ?? 0]);
    const key = read.ok && read.value !== null ? read.value.toLowerCase() : null;
    const initiative = key === null ? undefined : byId.get(key);
    if (!initiative || written.has(key!)) {
      // Not an initiative PlanGate can read (no ID, a duplicate): kept as the user left it.
      rows.push(
        columns.map((c) =>
          c.type === 'computed' || c.source === undefined ? null : (row[c.source] ?? null),
        ),
      );
      continue;
    }
    written.add(key!);
    rows.push(encodeRow(initiative, base!.rewrite.has(initiative.id) ? null : row));
  }
  for (const initiative of register.initiatives) {
    if (!written.has(initiative.id.toLowerCase())) rows.push(encodeRow(initiative, null));
  }
  return {
    sheet: SHEETS.register,
    mode: 'replace',
    rows: rectangular(rows),
    layout: {
      headerRows: headerRow + 1 || 1,
      columns: columns.map((column) => columnSpec(column, register, rows, headerRow + 1 || 1)),
      tableName: 'PGRegister',
      protection: 'none',
      conditional: conditionalRules(columns),
      currency: register.settings.currency,
    },
  };
}

function columnSpec(
  column: RegisterColumn,
  register: Register,
  rows: CellValue[][],
  dataStart: number,
): ColumnSpec {
  if (column.type === 'governed') {
    const spec: ColumnSpec = { kind: column.governed.kind, width: column.governed.width };
    if (column.governed.validation) spec.validation = column.governed.validation(register.settings);
    return spec;
  }
  if (column.type === 'computed')
    return { kind: column.computed.kind, computed: true, width: column.computed.width };
  // The user's own column: numbers stay numbers, anything else is shown as typed.
  const at = rows[dataStart - 1].indexOf(column.header);
  const values = rows
    .slice(dataStart)
    .map((row) => row[at])
    .filter((v) => v !== null && v !== undefined);
  return {
    kind: values.length > 0 && values.every((v) => typeof v === 'number') ? 'number' : 'text',
    width: 14,
  };
}

function conditionalRules(columns: RegisterColumn[]): ConditionalRule[] {
  const at = (predicate: (c: RegisterColumn) => boolean): number => columns.findIndex(predicate);
  const lights = at((c) => c.type === 'governed' && headerKey(c.header) === 'implementation status');
  const status = at((c) => c.type === 'computed' && c.computed.name === 'Value status');
  return [...(lights >= 0 ? lightRules(lights) : []), ...(status >= 0 ? lightRules(status) : [])];
}
