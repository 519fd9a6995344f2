import { roundToCents } from '../core/metrics/cents.js';
import { TOTAL_FIELDS } from '../core/metrics/portfolio-totals.js';
import type { DecisionItem, DoiBucket, PortfolioGroup, ValueStatus } from '../core/metrics/types.js';
import type { InitiativeRowDto, PortfolioDto } from '../core/service/governance-service.js';

/** One register as the report reads it: its portfolio (grouped by Client), rows and plan-freeze level. */
export interface RegisterFigures {
  file: string;
  portfolio: PortfolioDto;
  rows: InitiativeRowDto[];
  freezeLevel: number;
}

type Totals = Record<(typeof TOTAL_FIELDS)[number], number>;

const cents = roundToCents;

/** `report --json`: the shape documented in cli/README.md. */
export interface ReportJson {
  asOf: string;
  currency: string;
  registers: string[];
  portfolio: Totals & {
    /** actual to date − plan to date */
    variance: number;
    /** actual to date ÷ plan to date; null when plan to date is 0 */
    realization: number | null;
    target: number | null;
    /** setting: every register's Target setting; initiatives: some register's target is the sum of its initiatives' Target. */
    targetSource: 'setting' | 'initiatives' | 'none';
    gapToTarget: number | null;
    coverage: number | null;
    byDoi: DoiBucket[];
    byValueStatus: Record<ValueStatus, number>;
    byClient: (Totals & { client: string })[];
    decisionQueue: (DecisionItem & { register: string })[];
    watermelons: (DecisionItem & { register: string })[];
  };
  initiatives: (InitiativeRowDto & { register: string })[];
}

function sumTotals(items: readonly Totals[]): Totals {
  const out = Object.fromEntries(TOTAL_FIELDS.map((f) => [f, 0])) as Totals;
  for (const item of items) for (const f of TOTAL_FIELDS) out[f] += item[f];
  for (const f of TOTAL_FIELDS) out[f] = cents(out[f]);
  return out;
}

/**
 * Several registers as one portfolio. Each register's metrics come from its own service (its own
 * baselines, seals and ladder); the portfolio adds them up, so one register reports exactly its
 * own figures and a roll-up is the sum of its parts. Coverage is recomputed over the summed target.
 */
export function rollUp(registers: readonly RegisterFigures[], asOf: string, currency: string): ReportJson {
  const portfolios = registers.map((r) => r.portfolio);
  const targets = portfolios.map((p) => p.target).filter((t): t is number => t !== null);
  const target = targets.length > 0 ? cents(targets.reduce((a, b) => a + b, 0)) : null;
  const totals = sumTotals(portfolios);
  const frozenPlan = registers.reduce(
    (sum, r) =>
      sum + r.portfolio.byDoi.filter((b) => b.level >= r.freezeLevel).reduce((s, b) => s + b.planTotal, 0),
    0,
  );

  const byDoi = new Map<string, DoiBucket>();
  for (const p of portfolios) {
    for (const b of p.byDoi) {
      const key = `${b.level} ${b.name}`;
      const cur = byDoi.get(key) ?? { level: b.level, name: b.name, count: 0, planTotal: 0 };
      byDoi.set(key, { ...cur, count: cur.count + b.count, planTotal: cents(cur.planTotal + b.planTotal) });
    }
  }
  const byValueStatus: Record<ValueStatus, number> = { green: 0, amber: 0, red: 0, 'n/a': 0 };
  for (const p of portfolios)
    for (const k of Object.keys(byValueStatus) as ValueStatus[]) byValueStatus[k] += p.byValueStatus[k];

  const clients = new Map<string, PortfolioGroup[]>();
  for (const p of portfolios)
    for (const g of p.groups) clients.set(g.key, [...(clients.get(g.key) ?? []), g]);

  const tagged = <T>(file: string, items: readonly T[]) => items.map((item) => ({ ...item, register: file }));
  return {
    asOf,
    currency,
    registers: registers.map((r) => r.file),
    portfolio: {
      ...totals,
      variance: cents(totals.actualToDate - totals.planToDate),
      realization: totals.planToDate === 0 ? null : totals.actualToDate / totals.planToDate,
      target,
      targetSource:
        target === null
          ? 'none'
          : portfolios.some((p) => p.targetSource === 'initiatives')
            ? 'initiatives'
            : 'setting',
      gapToTarget: target === null ? null : cents(target - totals.weightedPipeline),
      coverage: target === null || target === 0 ? null : frozenPlan / target,
      byDoi: [...byDoi.values()].sort((a, b) => a.level - b.level),
      byValueStatus,
      byClient: [...clients.entries()]
        .map(([client, groups]) => ({ client, ...sumTotals(groups) }))
        .sort((a, b) => b.planTotal - a.planTotal),
      decisionQueue: registers.flatMap((r) => tagged(r.file, r.portfolio.decisionQueue)),
      watermelons: registers.flatMap((r) => tagged(r.file, r.portfolio.watermelons)),
    },
    initiatives: registers.flatMap((r) => tagged(r.file, r.rows)),
  };
}
