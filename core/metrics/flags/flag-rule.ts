import type { Initiative } from '../../model/initiative.js';
import type { MetricsFrame } from '../metrics-frame.js';
import type { SeriesSums } from '../series-sums.js';
import type { Flag, FlagCode, InitiativeMetrics } from '../../model/metrics.js';

/**
 * What a flag rule reads: the initiative, the figures computed for it, and the register-wide
 * frame. One object is reused for every initiative and rule, so a rule must not keep it.
 */
export interface FlagInput {
  initiative: Initiative;
  /** Its metrics as computed (its `flags` are not filled yet). */
  figures: InitiativeMetrics;
  /** Its index in the register, into `sums` and `frame.overlaps`. */
  index: number;
  sums: SeriesSums;
  frame: MetricsFrame;
  /** Flags raised for it by the rules listed before this one. */
  found: readonly Flag[];
}

/**
 * One flag of PRODUCT.md "Metrics": reads an initiative and its figures and returns the flag, or
 * null. `scope` says which initiatives it concerns: `live` work (active or on hold) for prompts
 * about running work, `kept` (every non-cancelled initiative) for data checks. A cancelled
 * initiative carries no flags.
 */
export interface FlagRule {
  code: FlagCode;
  scope: 'live' | 'kept';
  raise(input: FlagInput): Flag | null;
}
