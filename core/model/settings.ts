import type { CellValue } from './cell.js';
import type { Granularity } from './period.js';
import type { Ladder } from './ladder.js';

export type PastWithoutActuals = 'plan' | 'zero';

/** `PG Settings` as typed values. Unknown keys are kept in `extra` and written back. */
export interface Settings {
  ladder: Ladder;
  /** As-of date `D`, ISO `YYYY-MM-DD`. */
  asOf: string;
  /** ISO 4217 code of the reporting currency. */
  currency: string;
  /** Month (1–12) the fiscal year starts in; used to read `Q1 FY27` labels. */
  fiscalYearStart: number;
  /** Portfolio target in the reporting currency, or null when not set. */
  target: number | null;
  granularity: Granularity;
  /** Value status red when estimate at completion < redBelow × plan total (default 0.9). */
  redBelow: number;
  /** Value status amber when realization < amberBelow (default 0.9). */
  amberBelow: number;
  /** Review interval used when an initiative has none (days). */
  defaultReviewDays: number;
  /**
   * *Past months without actuals*: what a period up to the as-of date with neither actual nor
   * forecast counts in the estimate — its plan (`plan`, the default, shown as "assumed on plan")
   * or nothing (`zero`).
   */
  pastWithoutActuals: PastWithoutActuals;
  /** People (names or emails) with the PMO role. */
  pmo: string[];
  /** People (names or emails) with the controller role. */
  controllers: string[];
  /** The import mapping last confirmed by the user, as JSON text, or null. */
  importMapping: string | null;
  extra: Record<string, CellValue>;
}
