import type { Initiative } from '../model/initiative.js';
import type { InitiativeMetrics, PortfolioTotals } from '../model/metrics.js';

/** The fields of `PortfolioTotals`, in the order reports and oracles list them. */
export const TOTAL_FIELDS = [
  'count',
  'planTotal',
  'planToDate',
  'actualToDate',
  'estimateAtCompletion',
  'confirmedValue',
  'weightedPipeline',
  'valueAtRisk',
] as const satisfies readonly (keyof PortfolioTotals)[];

export function emptyTotals(): PortfolioTotals {
  return {
    count: 0,
    planTotal: 0,
    planToDate: 0,
    actualToDate: 0,
    estimateAtCompletion: 0,
    confirmedValue: 0,
    weightedPipeline: 0,
    valueAtRisk: 0,
  };
}

/** Add one initiative to running totals. Confirmed value counts only once the initiative is closed. */
export function addToTotals(
  totals: PortfolioTotals,
  initiative: Initiative,
  metrics: InitiativeMetrics,
): void {
  totals.count++;
  totals.planTotal += metrics.planTotal;
  totals.planToDate += metrics.planToDate;
  totals.actualToDate += metrics.actualToDate;
  totals.estimateAtCompletion += metrics.estimateAtCompletion;
  if (initiative.state === 'closed') totals.confirmedValue += initiative.confirmedValue ?? 0;
  totals.weightedPipeline += metrics.weightedValue;
  totals.valueAtRisk += metrics.valueAtRisk;
}

/** Add one set of totals (a group's, a register's) to running totals. */
export function addTotals(totals: PortfolioTotals, more: PortfolioTotals): void {
  for (const field of TOTAL_FIELDS) totals[field] += more[field];
}
