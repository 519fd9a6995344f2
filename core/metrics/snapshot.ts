import type { Register, Snapshot, SnapshotRow } from '../model/register.js';
import type { RegisterMetrics } from './compute-metrics.js';

/** The metrics of every initiative as they are now, as one `PG Snapshots` block. */
export function snapshotOf(
  register: Register,
  metrics: RegisterMetrics,
  label: string,
  takenAt: string,
): Snapshot {
  const rows: SnapshotRow[] = register.initiatives.map((initiative, i) => {
    const m = metrics.initiatives[i];
    // computeMetrics returns initiatives in register order; anything else is a caller's mistake.
    if (m === undefined || m.id !== initiative.id) {
      throw new Error(
        `Snapshot: metrics do not belong to this register (row ${i + 1}, ID ${initiative.id}).`,
      );
    }
    return {
      id: initiative.id,
      doi: initiative.doi,
      state: initiative.state,
      planTotal: m.planTotal,
      planToDate: m.planToDate,
      actualToDate: m.actualToDate,
      estimateAtCompletion: m.estimateAtCompletion,
      weightedValue: m.weightedValue,
      valueStatus: m.valueStatus,
    };
  });
  return { label, asOf: register.settings.asOf, takenAt, rows };
}
