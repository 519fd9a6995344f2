import { formatAmount } from '../format.js';
import { labelOf } from '../ladder-lookup.js';
import type { FlagRule } from './flag-rule.js';
import { makeFlag } from './make-flag.js';

/** Months named in the reason before "and N more". */
const NAMED = 6;

/**
 * `missing actuals`: DoI (recorded) at or past the plan-freeze level and a period up to the as-of
 * date has plan but no actual. A plan of 0 expects nothing, so it needs no actual. The reason
 * names the periods and how much of the estimate is assumed on plan because of them.
 */
export const missingActuals: FlagRule = {
  code: 'missingActuals',
  scope: 'kept',
  raise({ initiative, figures, sums, index, frame }) {
    const count = sums.missingActualCount[index];
    const { periods, ladder } = frame;
    if (count === 0 || figures.recordedDoi < ladder.freezeLevel) return null;
    const { plan, actual } = initiative;
    const last = Math.min(frame.asOf.index, periods.length - 1, plan.length - 1);
    const named: string[] = [];
    for (let p = sums.firstMissingActual[index]; p <= last && named.length < NAMED; p++) {
      const pl = plan[p];
      const ac = p < actual.length ? actual[p] : Number.NaN;
      if (pl === pl && pl !== 0 && !(ac === ac)) named.push(periods[p]);
    }
    const more = count - named.length;
    const list = named.join(', ') + (more > 0 ? ` and ${more} more` : '');
    const assumed = figures.assumedOnPlan;
    const counted =
      figures.recordedState === 'closed'
        ? ' The estimate at completion is the confirmed value.'
        : assumed !== 0
          ? ` ${formatAmount(assumed)} of the estimate at completion is assumed on plan.`
          : frame.pastAsPlan
            ? ' Their forecast stands in for the actual.'
            : ' Without a forecast they count as 0 in the estimate.';
    return makeFlag(
      'missingActuals',
      `DoI ${labelOf(ladder, figures.recordedDoi)} but ${list} ` +
        `${count === 1 ? 'has' : 'have'} plan and no actual up to ${frame.asOf.period}.${counted} ` +
        `Enter or import the actuals.`,
    );
  },
};
