import type { Period } from '../model/period.js';
import type { AsOf } from './as-of.js';
import type { LadderLookup } from './ladder-lookup.js';
import type { Flag } from './types.js';

/** Everything about the register that is the same for every initiative, looked up once. */
export interface MetricsFrame {
  periods: readonly Period[];
  asOf: AsOf;
  ladder: LadderLookup;
  redBelow: number;
  amberBelow: number;
  defaultReviewDays: number;
  baselines: Map<string, Float64Array>;
  signOffChanges: Map<string, string[]>;
  /** Initiative index → its `overlap` flag, found over the whole register before the per-initiative pass. */
  overlaps: Map<number, Flag>;
}
