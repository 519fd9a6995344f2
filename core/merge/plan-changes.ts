import type { Period } from '../model/period.js';
import { sameAmount } from '../metrics/cents.js';
import { formatAmount } from './format-amount.js';

export interface PlanChange {
  period: Period;
  from: number;
  to: number;
}

/**
 * Periods of the import whose plan value differs from the register's. Both series are aligned
 * with `periods`; only the periods the import covers are compared, so a plan that lists
 * fewer months never blanks the others.
 */
export function planChanges(
  current: Float64Array,
  imported: Float64Array,
  periods: readonly Period[],
  importedPeriods: ReadonlySet<Period>,
): PlanChange[] {
  const changes: PlanChange[] = [];
  periods.forEach((period, i) => {
    if (!importedPeriods.has(period)) return;
    const from = current[i] ?? Number.NaN;
    const to = imported[i] ?? Number.NaN;
    if (!sameAmount(from, to)) changes.push({ period, from, to });
  });
  return changes;
}

/** "2027-03 12,000 → 15,000, 2027-04 blank → 5,000 and 3 more periods" */
export function describePlanChanges(changes: PlanChange[], shownAtMost = 3): string {
  const shown = changes
    .slice(0, shownAtMost)
    .map((c) => `${c.period} ${formatAmount(c.from)} → ${formatAmount(c.to)}`)
    .join(', ');
  const more = changes.length - shownAtMost;
  return more > 0 ? `${shown} and ${more} more period${more === 1 ? '' : 's'}` : shown;
}

/** Σ of the non-blank values of a series. */
export function seriesTotal(series: Float64Array): number {
  let total = 0;
  for (const v of series) if (!Number.isNaN(v)) total += v;
  return total;
}
