import type { Snapshot, SnapshotRow } from '../model/register.js';
import { fromCents, toCents } from './cents.js';
import type { Bridge } from '../model/metrics.js';

/** Estimate at completion per initiative ID in cents, for the initiatives counted in a snapshot. */
function countedCents(snapshot: Snapshot): Map<string, number> {
  const cents = new Map<string, number>();
  for (const row of snapshot.rows) {
    if (isCancelled(row)) continue;
    // A repeated ID is added, not overwritten, so start and end still equal their row sums.
    cents.set(row.id, (cents.get(row.id) ?? 0) + toCents(row.estimateAtCompletion));
  }
  return cents;
}

function isCancelled(row: SnapshotRow): boolean {
  return row.state.trim().toLowerCase() === 'cancelled';
}

/**
 * The bridge of estimate at completion from one snapshot to another, in steps that add up exactly:
 * start (non-cancelled in `from`) → new initiatives (counted in `to`, not in `from`, including
 * reinstated ones) → cancelled (counted in `from`, cancelled or gone in `to`) → re-baselined (EAC
 * change of the IDs in `rebaselined`) → estimate changes (EAC change of the rest) → end.
 * Every step is summed in whole cents, so end − start is exactly the sum of the steps.
 */
export function computeBridge(from: Snapshot, to: Snapshot, rebaselined: Set<string>): Bridge {
  const before = countedCents(from);
  const after = countedCents(to);
  let start = 0;
  let added = 0;
  let cancelled = 0;
  let rebaseline = 0;
  let changes = 0;
  let end = 0;
  for (const [id, was] of before) {
    start += was;
    const now = after.get(id);
    if (now === undefined) cancelled -= was;
    else if (rebaselined.has(id)) rebaseline += now - was;
    else changes += now - was;
  }
  for (const [id, now] of after) {
    end += now;
    if (!before.has(id)) added += now;
  }
  return {
    from: from.label,
    to: to.label,
    start: fromCents(start),
    newInitiatives: fromCents(added),
    cancelled: fromCents(cancelled),
    rebaselined: fromCents(rebaseline),
    estimateChanges: fromCents(changes),
    end: fromCents(end),
  };
}
