import { locateAsOf } from '../metrics/as-of.js';
import type { Initiative } from '../model/initiative.js';
import type { Period } from '../model/period.js';
import type { Register } from '../model/register.js';

/** One part of a spread amount: the period and its share, in cents exactly. */
export interface SpreadPart {
  period: Period;
  amount: number;
}

/**
 * Spread an amount without a period (an "All time" or year total) over the initiative's plan
 * periods up to the as-of period, in proportion to its plan there. The parts are whole cents
 * and add up to the amount exactly: the rounding remainder goes to the last period. Null when
 * the plan has no positive value in those periods (nothing says how to spread it).
 */
export function spreadOverPlan(
  register: Register,
  initiative: Initiative,
  amount: number,
): SpreadPart[] | null {
  const asOf = locateAsOf(
    register.periods,
    register.settings.asOf,
    register.settings.granularity,
    Number.NaN,
  );
  const weights: { index: number; plan: number }[] = [];
  for (let p = 0; p <= asOf.index; p++) {
    const plan = initiative.plan[p];
    if (Number.isFinite(plan) && plan > 0) weights.push({ index: p, plan });
  }
  if (weights.length === 0) return null;
  const planSum = weights.reduce((sum, w) => sum + w.plan, 0);
  const totalCents = Math.round(amount * 100);
  let given = 0;
  return weights.map((w, i) => {
    const cents = i === weights.length - 1 ? totalCents - given : Math.round((totalCents * w.plan) / planSum);
    given += cents;
    return { period: register.periods[w.index], amount: cents / 100 };
  });
}
