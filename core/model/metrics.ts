import type { State } from '../model/initiative.js';
import type { Period } from '../model/period.js';

export type ValueStatus = 'green' | 'amber' | 'red' | 'n/a';

export const FLAG_CODES = [
  'watermelon',
  'reviewOverdue',
  'gateOverdue',
  'missingActuals',
  'noValuePlanned',
  'levelNotRecorded',
  'baselineDrift',
  'overlap',
  'modifiedAfterSignOff',
  'decisionRequired',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/** A suggested discussion for the review meeting; never an automatic action. */
export type Suggestion = 'accelerate' | 'pivot' | 'cancel?';

export interface Flag {
  code: FlagCode;
  /** One line a person can act on, e.g. "Last review 2027-01-10 is 81 days old; reviews are due every 30 days." */
  reason: string;
  suggestion?: Suggestion;
}

/** Metrics of one initiative, as PRODUCT.md defines them, at the register's as-of date. */
export interface InitiativeMetrics {
  id: string;
  planTotal: number;
  planToDate: number;
  actualToDate: number;
  variance: number;
  /** null when plan to date is 0. */
  realization: number | null;
  /** For a closed initiative, its confirmed value. */
  estimateAtCompletion: number;
  /** The part of the estimate at completion that is plan counted for past periods without actual or forecast. */
  assumedOnPlan: number;
  valueAtRisk: number;
  valueStatus: ValueStatus;
  weightedValue: number;
  /** The DoI and state the audit log reached (what weighted value, coverage and the DoI waterfall use). */
  recordedDoi: number;
  recordedState: State;
  flags: Flag[];
}

/** The level and state an initiative's audit events reached. */
export interface LevelOnRecord {
  level: number;
  state: State;
}

export interface DoiBucket {
  level: number;
  name: string;
  count: number;
  planTotal: number;
}

export interface DecisionItem {
  id: string;
  name: string;
  reason: string;
  suggestion: Suggestion | null;
}

/** Totals over a set of non-cancelled initiatives. */
export interface PortfolioTotals {
  count: number;
  planTotal: number;
  planToDate: number;
  actualToDate: number;
  estimateAtCompletion: number;
  assumedOnPlan: number;
  confirmedValue: number;
  weightedPipeline: number;
  valueAtRisk: number;
}

export type GroupBy = 'program' | 'workstream' | 'client' | 'owner';

export interface PortfolioGroup extends PortfolioTotals {
  key: string;
}

export interface Portfolio extends PortfolioTotals {
  asOf: string;
  asOfPeriod: Period;
  currency: string;
  target: number | null;
  /** Where the target comes from: the `Target` setting, or the sum of the initiatives' `Target` when it is empty. */
  targetSource: 'setting' | 'initiatives' | 'none';
  /** target − weighted pipeline; null without a target. */
  gapToTarget: number | null;
  /** plan total of DoI ≥ plan-freeze level ÷ target; null without a target. */
  coverage: number | null;
  /** The DoI waterfall: one bucket per ladder level, in ladder order. */
  byDoi: DoiBucket[];
  byValueStatus: Record<ValueStatus, number>;
  decisionQueue: DecisionItem[];
  watermelons: DecisionItem[];
  /** Initiatives whose PG Register DoI or State no audit event reached (flag `level not recorded`). */
  levelsNotRecorded: DecisionItem[];
  groupBy: GroupBy | null;
  groups: PortfolioGroup[];
  /** Per period over the portfolio, for the plan-vs-actual chart (blank actual summed as 0). */
  periods: Period[];
  planByPeriod: number[];
  actualByPeriod: number[];
  estimateByPeriod: number[];
}

/** The bridge of estimate at completion between two snapshots; every step is a sum and they add up exactly. */
export interface Bridge {
  from: string;
  to: string;
  start: number;
  newInitiatives: number;
  cancelled: number;
  rebaselined: number;
  estimateChanges: number;
  end: number;
}
