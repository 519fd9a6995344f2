import { cellAddress, type CellProblem, type CellValue, type Grid } from '../model/cell.js';
import { blankInitiative, type Initiative } from '../model/initiative.js';
import type { Settings } from '../model/settings.js';
import { SHEETS } from '../model/sheets.js';
import { parseText } from '../values/parse-text.js';
import { columnHasData, findHeaderRow, isBlankCell } from './header-key.js';
import { columnsFromHeader, type RegisterColumn } from './register-sheet-columns.js';
import { setOwn } from './own-key.js';

export interface RegisterSheetDecode {
  initiatives: Initiative[];
  extraColumns: string[];
  /** Initiative ID → 1-based row of PG Register, for messages that point at the row. */
  rowOf: Map<string, number>;
  /** IDs whose row has an unreadable cell: actions on them wait until the cell is fixed. */
  problemIds: Set<string>;
  problems: CellProblem[];
}

const SHEET = SHEETS.register;

/** Rows of PG Register → initiatives (series left blank; the series sheets fill them). */
export function decodeRegisterSheet(
  grid: Grid,
  settings: Settings,
  periodCount: number,
): RegisterSheetDecode {
  const result: RegisterSheetDecode = {
    initiatives: [],
    extraColumns: [],
    rowOf: new Map(),
    problemIds: new Set(),
    problems: [],
  };
  if (grid.length === 0) return result;
  const headerRow = findHeaderRow(grid, 'ID');
  if (headerRow < 0) {
    result.problems.push({
      sheet: SHEET,
      cell: 'A1',
      message:
        'PG Register has no "ID" header in its first rows: put the header row back (ID, Initiative, Program…) or undo the change.',
    });
    return result;
  }
  const hasData = (col: number): boolean => columnHasData(grid, headerRow, col);
  const columns = columnsFromHeader(grid[headerRow] ?? [], hasData);
  result.extraColumns = columns.filter((c) => c.type === 'extra').map((c) => c.header);
  const idColumn = columns.find((c) => c.type === 'governed' && c.header === 'ID')!;
  const firstRow = new Map<string, number>();
  // A row with nothing but computed values left over is blank.
  const inputSources = columns.filter((c) => c.type !== 'computed').map((c) => c.source!);

  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (inputSources.every((col) => isBlankCell(row[col]))) continue;
    const idCell = parseText(row[idColumn.source!]);
    const id = idCell.ok ? idCell.value : null;
    if (id === null) {
      result.problems.push({
        sheet: SHEET,
        cell: cellAddress(r, idColumn.source!),
        message: 'This row has no ID: type a unique ID such as CAMP-25. Until then PlanGate ignores the row.',
      });
      continue;
    }
    const earlier = firstRow.get(id.toLowerCase());
    if (earlier !== undefined) {
      result.problems.push({
        sheet: SHEET,
        cell: cellAddress(r, idColumn.source!),
        message: `ID "${id}" is already used on row ${earlier}: give this initiative its own ID. Until then PlanGate ignores this row.`,
      });
      continue;
    }
    firstRow.set(id.toLowerCase(), r + 1);
    const initiative = decodeRow(row, r, columns, settings, periodCount, id, result);
    result.initiatives.push(initiative);
    result.rowOf.set(id, r + 1);
  }
  return result;
}

function decodeRow(
  row: readonly CellValue[],
  r: number,
  columns: RegisterColumn[],
  settings: Settings,
  periodCount: number,
  id: string,
  result: RegisterSheetDecode,
): Initiative {
  const initiative = blankInitiative(id, periodCount);
  for (const column of columns) {
    const cell = row[column.source!] ?? null;
    if (column.type === 'extra') {
      setOwn(initiative.extra, column.header, cell);
    } else if (column.type === 'governed' && column.header !== 'ID') {
      const message = column.governed.decode(cell, initiative, settings);
      if (message !== null) {
        result.problems.push({
          sheet: SHEET,
          cell: cellAddress(r, column.source!),
          message: `${column.header}: ${message}`,
        });
        result.problemIds.add(id);
      }
    }
  }
  return initiative;
}
