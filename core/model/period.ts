/**
 * Reporting periods. Months are `YYYY-MM`, quarters `YYYY-Qn` (calendar quarters of the
 * period's own year; fiscal labels such as `Q1 FY27` are translated on import).
 * Both forms sort correctly as plain strings, which the metrics rely on.
 */
export type Period = string;

export type Granularity = 'month' | 'quarter';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isPeriod(text: string): text is Period {
  return MONTH.test(text) || QUARTER.test(text);
}

export function granularityOf(period: Period): Granularity {
  return QUARTER.test(period) ? 'quarter' : 'month';
}

/** The period an ISO date (`YYYY-MM-DD`) falls in. */
export function periodOfDate(isoDate: string, granularity: Granularity): Period {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  if (granularity === 'month') return `${year}-${String(month).padStart(2, '0')}`;
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function comparePeriods(a: Period, b: Period): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
