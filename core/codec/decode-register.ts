import type { CellProblem } from '../model/cell.js';
import { comparePeriods, type Period } from '../model/period.js';
import type { Register } from '../model/register.js';
import { SHEETS } from '../model/sheets.js';
import type { WorkbookRead } from '../contract/workbook-port.js';
import { decodeAuditSheet } from './audit-sheet.js';
import { decodeRegisterSheet } from './decode-register-sheet.js';
import { decodeSeriesSheet, type SeriesSheetDecode } from './decode-series-sheet.js';
import { decodeSettingsSheet } from './settings-sheet.js';
import { decodeSnapshotsSheet } from './snapshots-sheet.js';

/** What a use case needs besides the register: where things are in the sheets, and what could not be read. */
export interface RegisterDecode {
  register: Register;
  problems: CellProblem[];
  /** Initiative ID → 1-based PG Register row. */
  rowOf: Map<string, number>;
  /** IDs whose PG Register row has an unreadable cell. */
  problemIds: Set<string>;
  /** Used rows of PG Audit as read (0 when the sheet is missing): the `expectedRows` of an append. */
  auditRows: number;
  /** 1-based PG Audit row of each event in `register.audit`. */
  auditEventRows: number[];
  /** Whether the workbook has a PG Register sheet at all. */
  hasRegister: boolean;
}

export interface DecodeOptions {
  /** ISO date used as the as-of date when PG Settings has none (default: today, UTC). */
  today?: string;
}

const SERIES = [
  ['plan', SHEETS.plan],
  ['forecast', SHEETS.forecast],
  ['actual', SHEETS.actual],
] as const;

/**
 * The PG sheets → a Register, tolerant of hand edits. Every unreadable cell is reported with its
 * sheet, A1 address and what to type; it reads as blank meanwhile (never as a wrong number).
 */
export function decodeRegister(read: WorkbookRead, options: DecodeOptions = {}): RegisterDecode {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { settings, problems: settingsProblems } = decodeSettingsSheet(read.grids[SHEETS.settings], today);
  const series = SERIES.map(([, sheet]) =>
    decodeSeriesSheet(sheet, read.grids[sheet] ?? [], settings.granularity, settings.currency),
  );
  const periods = unionPeriods(series);
  const registerSheet = decodeRegisterSheet(read.grids[SHEETS.register] ?? [], settings, periods.length);
  const audit = decodeAuditSheet(read.grids[SHEETS.audit]);
  const snapshots = decodeSnapshotsSheet(read.grids[SHEETS.snapshots]);
  const problems: CellProblem[] = [...settingsProblems, ...registerSheet.problems];

  const indexOf = new Map(periods.map((p, i) => [p, i]));
  const known = new Set(registerSheet.initiatives.map((i) => i.id.toLowerCase()));
  const seriesExtras: Register['seriesExtras'] = {};
  SERIES.forEach(([field, sheet], s) => {
    const decoded = series[s];
    problems.push(...decoded.problems);
    if (decoded.extras.headers.length > 0) seriesExtras[sheet] = decoded.extras;
    const target = Int32Array.from(decoded.periods, (p) => indexOf.get(p)!);
    for (const initiative of registerSheet.initiatives) {
      const row = decoded.rows.get(initiative.id.toLowerCase());
      if (!row) continue;
      const into = initiative[field];
      for (let k = 0; k < target.length; k++) into[target[k]] = row.values[k]!;
    }
    for (const row of decoded.rows.values()) {
      if (!known.has(row.id.toLowerCase())) {
        problems.push({
          sheet,
          cell: `A${row.row}`,
          message: `ID "${row.id}" is not in PG Register: add the initiative there, or delete this row. Until then its values are ignored.`,
        });
      }
    }
  });
  problems.push(...audit.problems, ...snapshots.problems);

  return {
    register: {
      periods,
      initiatives: registerSheet.initiatives,
      settings,
      audit: audit.events,
      snapshots: snapshots.snapshots,
      extraColumns: registerSheet.extraColumns,
      seriesExtras,
    },
    problems,
    rowOf: registerSheet.rowOf,
    problemIds: registerSheet.problemIds,
    auditRows: audit.usedRows,
    auditEventRows: audit.eventRows,
    hasRegister: read.grids[SHEETS.register] !== undefined,
  };
}

function unionPeriods(series: readonly SeriesSheetDecode[]): Period[] {
  const all = new Set<Period>();
  for (const s of series) for (const p of s.periods) all.add(p);
  return [...all].sort(comparePeriods);
}
