import type { Initiative } from '../model/initiative.js';
import type { Register } from '../model/register.js';
import type { AsOf } from './as-of.js';
import { ReviewLists } from './decision-queue.js';
import { DoiWaterfall } from './doi-waterfall.js';
import { GroupTotals } from './group-by.js';
import { addToTotals, emptyTotals } from './portfolio-totals.js';
import type { PeriodSums } from './series-sums.js';
import { coverageOf, gapToTarget } from './target-gap.js';
import type {
  GroupBy,
  InitiativeMetrics,
  Portfolio,
  PortfolioTotals,
  ValueStatus,
} from '../model/metrics.js';

/**
 * The portfolio over the included (non-cancelled) initiatives, filled one initiative at a time in
 * the same pass that computes their metrics: totals, target gap and coverage, the DoI waterfall,
 * value-status counts, the decision queue, watermelons, optional groups and the per-period series
 * for the plan-vs-actual chart.
 */
export class PortfolioAccumulator {
  private readonly totals: PortfolioTotals = emptyTotals();
  private readonly byValueStatus: Record<ValueStatus, number> = { green: 0, amber: 0, red: 0, 'n/a': 0 };
  private readonly waterfall: DoiWaterfall;
  private readonly groups: GroupTotals | null;
  private readonly review = new ReviewLists();
  private readonly freezeLevel: number;
  /** Plan total of initiatives at or past the plan-freeze level (for coverage). */
  private frozenPlan = 0;

  constructor(
    private readonly register: Register,
    private readonly groupBy: GroupBy | null,
  ) {
    this.waterfall = new DoiWaterfall(register.settings.ladder);
    this.groups = groupBy === null ? null : new GroupTotals(groupBy);
    this.freezeLevel = register.settings.ladder.freezeLevel;
  }

  /** Count one included initiative. */
  add(initiative: Initiative, metrics: InitiativeMetrics): void {
    addToTotals(this.totals, initiative, metrics);
    this.byValueStatus[metrics.valueStatus]++;
    if (initiative.doi >= this.freezeLevel) this.frozenPlan += metrics.planTotal;
    this.waterfall.add(initiative.doi, metrics.planTotal);
    this.review.add(initiative, metrics);
    this.groups?.add(initiative, metrics);
  }

  finish(asOf: AsOf, periodSums: PeriodSums): Portfolio {
    const { settings, periods } = this.register;
    // Without a positive target there is nothing to cover.
    const target = settings.target;
    return {
      ...this.totals,
      asOf: settings.asOf,
      asOfPeriod: asOf.period,
      currency: settings.currency,
      target,
      gapToTarget: gapToTarget(target, this.totals.weightedPipeline),
      coverage: coverageOf(this.frozenPlan, target),
      byDoi: this.waterfall.buckets,
      byValueStatus: this.byValueStatus,
      decisionQueue: this.review.decisionQueue(),
      watermelons: this.review.watermelonList(),
      groupBy: this.groupBy,
      groups: this.groups === null ? [] : this.groups.sorted(),
      periods: [...periods],
      planByPeriod: Array.from(periodSums.plan),
      actualByPeriod: Array.from(periodSums.actual),
      estimateByPeriod: Array.from(periodSums.estimate),
    };
  }
}

/** The portfolio from metrics already computed (the same figures `computeMetrics` returns). */
export function buildPortfolio(
  register: Register,
  metrics: readonly InitiativeMetrics[],
  included: Uint8Array,
  asOf: AsOf,
  periodSums: PeriodSums,
  groupBy: GroupBy | null,
): Portfolio {
  const portfolio = new PortfolioAccumulator(register, groupBy);
  for (let i = 0; i < register.initiatives.length; i++) {
    if (included[i] === 1) portfolio.add(register.initiatives[i], metrics[i]);
  }
  return portfolio.finish(asOf, periodSums);
}
