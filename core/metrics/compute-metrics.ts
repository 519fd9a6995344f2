import type { Register } from '../model/register.js';
import { locateAsOf } from './as-of.js';
import { overlapFlags } from './flags/overlap.js';
import { SharedKeyTable } from './flags/shared-keys.js';
import { initiativeMetrics, type MetricsFrame } from './initiative-metrics.js';
import { isoDay } from './iso-day.js';
import { ladderLookup } from './ladder-lookup.js';
import { PortfolioAccumulator } from './portfolio.js';
import { allocatePeriodSums, allocateSeriesSums, sumSeries } from './series-sums.js';
import type { GroupBy, InitiativeMetrics, Portfolio } from '../model/metrics.js';

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
 * Every metric, flag and portfolio figure of PRODUCT.md "Metrics" at the register's as-of date,
 * in two passes over the register: the first sums the series into typed arrays and collects
 * shared keys; the second builds each initiative's metrics and flags and adds it to the portfolio.
 * Each pass visits an initiative once, because for 100k initiatives every extra visit costs
 * about as much as summing all their numbers.
 */
export function computeMetrics(register: Register, context: MetricsContext): RegisterMetrics {
  const { settings, initiatives, periods } = register;
  const count = initiatives.length;
  const asOf = locateAsOf(periods, settings.asOf, settings.granularity, isoDay(settings.asOf));

  const included = new Uint8Array(count);
  const sums = allocateSeriesSums(count);
  const periodSums = allocatePeriodSums(periods.length);
  const keys = new SharedKeyTable(count);
  for (let i = 0; i < count; i++) {
    const initiative = initiatives[i];
    if (initiative.state === 'cancelled') {
      sumSeries(initiative, periods.length, asOf.index, sums, i, null);
    } else {
      included[i] = 1;
      sumSeries(initiative, periods.length, asOf.index, sums, i, periodSums);
      if (initiative.keys.length > 0) keys.add(i, initiative.keys);
    }
  }

  const overlaps = overlapFlags(initiatives, keys.groups(), periods);
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
  const portfolio = new PortfolioAccumulator(register, context.groupBy ?? null);
  const metrics = new Array<InitiativeMetrics>(count);
  const anyOverlap = overlaps.size > 0;
  for (let i = 0; i < count; i++) {
    const initiative = initiatives[i];
    const m = initiativeMetrics(initiative, sums, i, frame, anyOverlap ? overlaps.get(i) : undefined);
    metrics[i] = m;
    if (included[i] === 1) portfolio.add(initiative, m);
  }

  return { initiatives: metrics, portfolio: portfolio.finish(asOf, periodSums) };
}
