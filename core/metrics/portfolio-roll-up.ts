import type { DoiBucket, Portfolio, PortfolioGroup, PortfolioTotals, ValueStatus } from '../model/metrics.js';
import { addTotals, emptyTotals } from './portfolio-totals.js';
import { coverageOf, gapToTarget } from './target-gap.js';

/** One register's portfolio and its plan-freeze level, as a roll-up reads it. */
export interface PortfolioPart {
  portfolio: Portfolio;
  freezeLevel: number;
}

/** Several registers' portfolios as one: the sum of its parts. Their decision lists stay each register's own. */
export interface PortfolioRollUp extends PortfolioTotals {
  /** The sum of the targets the registers set; null when none sets one. */
  target: number | null;
  gapToTarget: number | null;
  coverage: number | null;
  /** Buckets of the same level and name added up, by level. */
  byDoi: DoiBucket[];
  byValueStatus: Record<ValueStatus, number>;
  /** Groups of the same key added up, in key order. */
  groups: PortfolioGroup[];
}

function sumDoi(parts: readonly PortfolioPart[]): DoiBucket[] {
  const buckets = new Map<string, DoiBucket>();
  for (const { portfolio } of parts) {
    for (const b of portfolio.byDoi) {
      const key = `${b.level} ${b.name}`;
      const cur = buckets.get(key) ?? { level: b.level, name: b.name, count: 0, planTotal: 0 };
      buckets.set(key, { ...cur, count: cur.count + b.count, planTotal: cur.planTotal + b.planTotal });
    }
  }
  return [...buckets.values()].sort((a, b) => a.level - b.level);
}

function sumGroups(parts: readonly PortfolioPart[]): PortfolioGroup[] {
  const groups = new Map<string, PortfolioGroup>();
  for (const { portfolio } of parts) {
    for (const g of portfolio.groups) {
      const cur = groups.get(g.key) ?? { key: g.key, ...emptyTotals() };
      addTotals(cur, g);
      groups.set(g.key, cur);
    }
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Several registers as one portfolio. Each part keeps its own baselines, seals and ladder; the
 * roll-up adds their totals, buckets, value statuses and groups, and computes the target gap and
 * coverage with the same rules as one register's portfolio, over the summed target.
 */
export function rollUpPortfolios(parts: readonly PortfolioPart[]): PortfolioRollUp {
  const totals = emptyTotals();
  const byValueStatus: Record<ValueStatus, number> = { green: 0, amber: 0, red: 0, 'n/a': 0 };
  let target: number | null = null;
  let frozenPlan = 0;
  for (const { portfolio, freezeLevel } of parts) {
    addTotals(totals, portfolio);
    for (const k of Object.keys(byValueStatus) as ValueStatus[])
      byValueStatus[k] += portfolio.byValueStatus[k];
    if (portfolio.target !== null) target = (target ?? 0) + portfolio.target;
    for (const b of portfolio.byDoi) if (b.level >= freezeLevel) frozenPlan += b.planTotal;
  }
  return {
    ...totals,
    target,
    gapToTarget: gapToTarget(target, totals.weightedPipeline),
    coverage: coverageOf(frozenPlan, target),
    byDoi: sumDoi(parts),
    byValueStatus,
    groups: sumGroups(parts),
  };
}
