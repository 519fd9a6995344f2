import {
  roundToCents,
  rollUpPortfolios,
  TOTAL_FIELDS,
  type DecisionItem,
  type DoiBucket,
  type InitiativeRowDto,
  type PortfolioDto,
  type ValueStatus,
} from '../core/index.js';

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

function centsOf(totals: Totals): Totals {
  return Object.fromEntries(TOTAL_FIELDS.map((f) => [f, cents(totals[f])])) as Totals;
}

/**
 * Several registers as one portfolio. Each register's metrics come from its own service (its own
 * baselines, seals and ladder); the core's roll-up adds them up (`rollUpPortfolios`), so one
 * register reports exactly its own figures and a roll-up is the sum of its parts. Coverage is
 * recomputed over the summed target. Money in the report is rounded to the cent.
 */
export function rollUp(registers: readonly RegisterFigures[], asOf: string, currency: string): ReportJson {
  const sum = rollUpPortfolios(
    registers.map((r) => ({ portfolio: r.portfolio, freezeLevel: r.freezeLevel })),
  );
  const totals = centsOf(sum);
  const tagged = <T>(file: string, items: readonly T[]) => items.map((item) => ({ ...item, register: file }));
  return {
    asOf,
    currency,
    registers: registers.map((r) => r.file),
    portfolio: {
      ...totals,
      variance: cents(sum.actualToDate - sum.planToDate),
      realization: sum.planToDate === 0 ? null : sum.actualToDate / sum.planToDate,
      target: sum.target === null ? null : cents(sum.target),
      gapToTarget: sum.gapToTarget === null ? null : cents(sum.gapToTarget),
      coverage: sum.coverage,
      byDoi: sum.byDoi.map((b) => ({ ...b, planTotal: cents(b.planTotal) })),
      byValueStatus: sum.byValueStatus,
      byClient: sum.groups
        .map(({ key, ...group }) => ({ client: key, ...centsOf(group) }))
        .sort((a, b) => b.planTotal - a.planTotal),
      decisionQueue: registers.flatMap((r) => tagged(r.file, r.portfolio.decisionQueue)),
      watermelons: registers.flatMap((r) => tagged(r.file, r.portfolio.watermelons)),
    },
    initiatives: registers.flatMap((r) => tagged(r.file, r.rows)),
  };
}
