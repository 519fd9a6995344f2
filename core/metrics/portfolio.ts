import type { Register } from '../model/register.js';
import type { AsOf } from './as-of.js';
import { flaggedItems } from './decision-queue.js';
import { doiWaterfall } from './doi-waterfall.js';
import { groupTotals } from './group-by.js';
import { addToTotals, emptyTotals } from './portfolio-totals.js';
import type { PeriodSums } from './series-sums.js';
import type { GroupBy, InitiativeMetrics, Portfolio, ValueStatus } from './types.js';

/**
 * The portfolio over the included (non-cancelled) initiatives: totals, target gap and coverage,
 * the DoI waterfall, value-status counts, the decision queue, watermelons, optional groups and
 * the per-period series for the plan-vs-actual chart.
 */
export function buildPortfolio(
  register: Register,
  metrics: readonly InitiativeMetrics[],
  included: Uint8Array,
  asOf: AsOf,
  periodSums: PeriodSums,
  groupBy: GroupBy | null,
): Portfolio {
  const { settings, initiatives } = register;
  const totals = emptyTotals();
  const byValueStatus: Record<ValueStatus, number> = { green: 0, amber: 0, red: 0, 'n/a': 0 };
  let frozenPlan = 0;
  for (let i = 0; i < initiatives.length; i++) {
    if (included[i] === 0) continue;
    addToTotals(totals, initiatives[i], metrics[i]);
    byValueStatus[metrics[i].valueStatus]++;
    if (initiatives[i].doi >= settings.ladder.freezeLevel) frozenPlan += metrics[i].planTotal;
  }
  // Without a positive target there is nothing to be short of or to cover.
  const target = settings.target;
  const hasTarget = target !== null && target > 0;
  return {
    ...totals,
    asOf: settings.asOf,
    asOfPeriod: asOf.period,
    currency: settings.currency,
    target,
    gapToTarget: target === null ? null : target - totals.weightedPipeline,
    coverage: hasTarget ? frozenPlan / target : null,
    byDoi: doiWaterfall(settings.ladder, initiatives, metrics, included),
    byValueStatus,
    decisionQueue: flaggedItems('decisionRequired', initiatives, metrics, included),
    watermelons: flaggedItems('watermelon', initiatives, metrics, included),
    groupBy,
    groups: groupBy === null ? [] : groupTotals(initiatives, metrics, included, groupBy),
    periods: [...register.periods],
    planByPeriod: Array.from(periodSums.plan),
    actualByPeriod: Array.from(periodSums.actual),
    estimateByPeriod: Array.from(periodSums.estimate),
  };
}
