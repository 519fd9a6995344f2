import type { Register } from '../model/register.js';
import { locateAsOf } from './as-of.js';
import { overlapFlags } from './flags/overlap.js';
import { initiativeMetrics, type MetricsFrame } from './initiative-metrics.js';
import { isoDay } from './iso-day.js';
import { ladderLookup } from './ladder-lookup.js';
import { buildPortfolio } from './portfolio.js';
import { allocatePeriodSums, allocateSeriesSums, sumSeries } from './series-sums.js';
import type { GroupBy, InitiativeMetrics, Portfolio } from './types.js';

/** What the governance module derives from the audit log; the metrics only consume it. */
export interface MetricsContext {
  /** Initiative ID → plan series frozen at the plan-freeze gate or by a later approved re-baseline (NaN = blank). */
  baselines: Map<string, Float64Array>;
  /** Closed initiative ID → names of sealed fields that differ from the seal. */
  signOffChanges: Map<string, string[]>;
  groupBy?: GroupBy | null;
}

export interface RegisterMetrics {
  /** In register order. */
  initiatives: InitiativeMetrics[];
  portfolio: Portfolio;
}

/**
 * Every metric, flag and portfolio figure of PRODUCT.md "Metrics" at the register's as-of date.
 * One tight pass sums the series into typed arrays; everything else reads those sums.
 */
export function computeMetrics(register: Register, context: MetricsContext): RegisterMetrics {
  const { settings, initiatives, periods } = register;
  const count = initiatives.length;
  const asOf = locateAsOf(periods, settings.asOf, settings.granularity, isoDay(settings.asOf));

  const included = new Uint8Array(count);
  for (let i = 0; i < count; i++) included[i] = initiatives[i].state === 'cancelled' ? 0 : 1;

  const sums = allocateSeriesSums(count);
  const periodSums = allocatePeriodSums(periods.length);
  for (let i = 0; i < count; i++) {
    sumSeries(initiatives[i], periods.length, asOf.index, sums, i, included[i] === 1 ? periodSums : null);
  }

  const overlaps = overlapFlags(initiatives, included, periods);
  const frame: MetricsFrame = {
    periods,
    asOf,
    ladder: ladderLookup(settings.ladder),
    redBelow: settings.redBelow,
    amberBelow: settings.amberBelow,
    defaultReviewDays: settings.defaultReviewDays,
    baselines: context.baselines,
    signOffChanges: context.signOffChanges,
  };
  const metrics = new Array<InitiativeMetrics>(count);
  for (let i = 0; i < count; i++) metrics[i] = initiativeMetrics(initiatives[i], sums, i, frame, overlaps[i]);

  return {
    initiatives: metrics,
    portfolio: buildPortfolio(register, metrics, included, asOf, periodSums, context.groupBy ?? null),
  };
}
