import { granularityOf, periodOfDate, type Granularity, type Period } from '../model/period.js';

/** The as-of period and the index of the last register period on or before it. */
export interface AsOf {
  /** As-of date, ISO. */
  date: string;
  /** Whole days since 1970-01-01 of the as-of date (NaN when the date is unreadable). */
  day: number;
  period: Period;
  /** Index into `Register.periods` of the last period ≤ the as-of period; −1 when all are later. */
  index: number;
}

/**
 * Locate the as-of period once, so the per-period loops compare integers only.
 * The register's own periods decide month or quarter when there are any: comparing a
 * `YYYY-MM` as-of period with `YYYY-Qn` columns would silently miscount "to date".
 */
export function locateAsOf(
  periods: readonly Period[],
  date: string,
  granularity: Granularity,
  day: number,
): AsOf {
  const effective = periods.length > 0 ? granularityOf(periods[0]) : granularity;
  const period = periodOfDate(date, effective);
  let index = -1;
  for (let i = 0; i < periods.length; i++) {
    if (periods[i] <= period) index = i;
    else break;
  }
  return { date, day, period, index };
}
