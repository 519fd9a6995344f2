import type { Initiative } from '../../model/initiative.js';
import type { Period } from '../../model/period.js';
import { labelOf, type LadderLookup } from '../ladder-lookup.js';
import type { Flag } from '../../model/metrics.js';
import { makeFlag } from './make-flag.js';

/**
 * `missing actuals`: implementation is complete (DoI ≥ the level below sign-off) and a period up
 * to the as-of date has plan but no actual. A plan of 0 expects nothing, so it needs no actual.
 */
export function missingActualsFlag(
  initiative: Initiative,
  missingCount: number,
  firstMissing: number,
  periods: readonly Period[],
  asOfPeriod: Period,
  ladder: LadderLookup,
): Flag | null {
  if (missingCount === 0 || initiative.doi < ladder.implementedLevel) return null;
  const periodsText = missingCount === 1 ? `period ${periods[firstMissing]}` : `${missingCount} periods`;
  const first = missingCount === 1 ? '' : ` (first ${periods[firstMissing]})`;
  return makeFlag(
    'missingActuals',
    `DoI ${labelOf(ladder, initiative.doi)} but ${periodsText} up to ${asOfPeriod} ` +
      `${missingCount === 1 ? 'has' : 'have'} plan and no actual${first}; enter or import the actuals.`,
  );
}
