import type { Suggestion, ValueStatus } from '../model/metrics.js';

/** Share of plan total below which a red initiative is put up for cancellation rather than a pivot. */
export const PIVOT_FLOOR = 0.5;

/**
 * The discussion to propose in the review meeting: accelerate a late run-up (amber); pivot a red
 * initiative that still delivers at least half its plan; question one that delivers less.
 */
export function suggestionFor(
  status: ValueStatus,
  estimateAtCompletion: number,
  planTotal: number,
): Suggestion | null {
  if (status === 'amber') return 'accelerate';
  if (status !== 'red') return null;
  return estimateAtCompletion >= PIVOT_FLOOR * planTotal ? 'pivot' : 'cancel?';
}
