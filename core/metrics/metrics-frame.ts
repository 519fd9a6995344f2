import type { Period } from '../model/period.js';
import type { AsOf } from './as-of.js';
import type { LadderLookup } from './ladder-lookup.js';
import type { Flag, LevelOnRecord } from '../model/metrics.js';

/** Everything about the register that is the same for every initiative, looked up once. */
export interface MetricsFrame {
  periods: readonly Period[];
  asOf: AsOf;
  ladder: LadderLookup;
  redBelow: number;
  /** *Past months without actuals* is `plan`: such a month counts its plan in the estimate. */
  pastAsPlan: boolean;
  amberBelow: number;
  defaultReviewDays: number;
  baselines: Map<string, Float64Array>;
  signOffChanges: Map<string, string[]>;
  /** What the audit log recorded per initiative; null: take the register's DoI and state as recorded. */
  recorded: Map<string, LevelOnRecord> | null;
  /** Initiative index → its `overlap` flag, found over the whole register before the per-initiative pass. */
  overlaps: Map<number, Flag>;
}
