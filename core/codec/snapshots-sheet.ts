import { cellAddress, type CellProblem, type CellValue, type Grid } from '../model/cell.js';
import type { Snapshot, SnapshotRow } from '../model/register.js';
import { SHEETS } from '../model/sheets.js';
import type { SheetWrite } from '../contract/workbook-port.js';
import { parseNumber } from '../values/parse-number.js';
import { textOf } from '../values/parse-text.js';
import { headerKey, isBlankRow } from './header-key.js';

const SHEET = SHEETS.snapshots;

/** A block: `Snapshot | <label> | As of | <date> | Taken at | <time>`, a header row, one row per initiative, a blank row. */
const BLOCK_MARK = 'Snapshot';
const ROW_HEADERS = [
  'ID',
  'DoI',
  'State',
  'Plan total',
  'Plan to date',
  'Actual to date',
  'Estimate at completion',
  'Weighted value',
  'Value status',
] as const;
const NUMBER_FIELDS = [
  'planTotal',
  'planToDate',
  'actualToDate',
  'estimateAtCompletion',
  'weightedValue',
] as const;

/** `currency`: the register's, so the amounts show in it as on the other PG sheets. */
export function encodeSnapshotsSheet(snapshots: readonly Snapshot[], currency?: string): SheetWrite {
  const rows: CellValue[][] = [];
  for (const snapshot of snapshots) {
    rows.push([
      BLOCK_MARK,
      snapshot.label,
      'As of',
      snapshot.asOf,
      'Taken at',
      snapshot.takenAt,
      null,
      null,
      null,
    ]);
    rows.push([...ROW_HEADERS]);
    for (const row of snapshot.rows) {
      rows.push([
        row.id,
        row.doi,
        row.state,
        row.planTotal,
        row.planToDate,
        row.actualToDate,
        row.estimateAtCompletion,
        row.weightedValue,
        row.valueStatus,
      ]);
    }
    rows.push(new Array<CellValue>(ROW_HEADERS.length).fill(null));
  }
  if (rows.length === 0) rows.push([BLOCK_MARK, null, 'As of', null, 'Taken at', null, null, null, null]);
  return {
    sheet: SHEET,
    mode: 'replace',
    rows,
    layout: {
      headerRows: 0,
      columns: [
        { kind: 'text', width: 12 },
        { kind: 'text', width: 10 },
        { kind: 'text', width: 10 },
        ...NUMBER_FIELDS.map(() => ({ kind: 'money' as const, width: 14 })),
        { kind: 'text', width: 10 },
      ],
      protection: 'warning',
      currency,
    },
  };
}

export function decodeSnapshotsSheet(grid: Grid | undefined): {
  snapshots: Snapshot[];
  problems: CellProblem[];
} {
  const snapshots: Snapshot[] = [];
  const problems: CellProblem[] = [];
  if (!grid) return { snapshots, problems };
  let current: Snapshot | null = null;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (headerKey(row[0]) === headerKey(BLOCK_MARK)) {
      const label = textOf(row[1]);
      current = label === '' ? null : { label, asOf: textOf(row[3]), takenAt: textOf(row[5]), rows: [] };
      if (current) snapshots.push(current);
      continue;
    }
    if (!current || isBlankRow(row) || headerKey(row[0]) === 'id') continue;
    const snapshotRow: SnapshotRow = {
      id: textOf(row[0]),
      doi: Number(row[1] ?? 0),
      state: textOf(row[2]),
      planTotal: 0,
      planToDate: 0,
      actualToDate: 0,
      estimateAtCompletion: 0,
      weightedValue: 0,
      valueStatus: textOf(row[8]),
    };
    NUMBER_FIELDS.forEach((field, i) => {
      const read = parseNumber(row[3 + i]);
      if (read.ok) snapshotRow[field] = read.value ?? 0;
      else
        problems.push({
          sheet: SHEET,
          cell: cellAddress(r, 3 + i),
          message: `${ROW_HEADERS[3 + i]}: ${read.message}`,
        });
    });
    if (!Number.isInteger(snapshotRow.doi)) {
      problems.push({
        sheet: SHEET,
        cell: cellAddress(r, 1),
        message: 'DoI: type the level number, such as 3',
      });
      snapshotRow.doi = 0;
    }
    current.rows.push(snapshotRow);
  }
  return { snapshots, problems };
}
