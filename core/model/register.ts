import type { AuditEvent } from './audit.js';
import type { CellValue } from './cell.js';
import type { Initiative } from './initiative.js';
import type { Period } from './period.js';
import type { Settings } from './settings.js';

/** One initiative's metrics as stored in a `PG Snapshots` block. */
export interface SnapshotRow {
  id: string;
  doi: number;
  state: string;
  planTotal: number;
  planToDate: number;
  actualToDate: number;
  estimateAtCompletion: number;
  weightedValue: number;
  valueStatus: string;
}

/** One block of `PG Snapshots`: the metrics as they were at a reporting date. */
export interface Snapshot {
  /** Label of the reporting period, usually the as-of period (`2027-03`). */
  label: string;
  asOf: string;
  takenAt: string;
  rows: SnapshotRow[];
}

/** Columns of a PG sheet PlanGate does not know, kept verbatim per initiative ID. */
export interface UnknownColumns {
  headers: string[];
  byId: Record<string, CellValue[]>;
}

/** Everything PlanGate keeps in a workbook, decoded from the PG sheets. */
export interface Register {
  /** Sorted ascending; every initiative's series is aligned with it. */
  periods: Period[];
  initiatives: Initiative[];
  settings: Settings;
  audit: AuditEvent[];
  snapshots: Snapshot[];
  /** User-added columns of `PG Register`, in sheet order (values live on `Initiative.extra`). */
  extraColumns: string[];
  /** Non-period columns of `PG Plan`, `PG Forecast`, `PG Actual`, by sheet name. */
  seriesExtras: Record<string, UnknownColumns>;
}
