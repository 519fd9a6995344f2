import type { Initiative } from '../../model/initiative.js';
import type { Period } from '../../model/period.js';
import { formatAmount } from '../format.js';
import type { Flag } from '../../model/metrics.js';
import { makeFlag } from './make-flag.js';

/**
 * `baseline drift`: the plan differs from the baseline frozen at the plan-freeze gate (or by the
 * latest approved re-baseline; the governance module hands in whichever is current). Compared in
 * whole cents, so float noise from a round trip through a sheet is not drift; blank ≠ 0.
 */
export function baselineDriftFlag(
  initiative: Initiative,
  baseline: Float64Array | undefined,
  periods: readonly Period[],
): Flag | null {
  if (baseline === undefined) return null;
  const plan = initiative.plan;
  const n = Math.max(Math.min(periods.length, plan.length), Math.min(periods.length, baseline.length));
  let changed = 0;
  let first = -1;
  let planSum = 0;
  let baseSum = 0;
  for (let p = 0; p < n; p++) {
    const now = p < plan.length ? plan[p] : Number.NaN;
    const then = p < baseline.length ? baseline[p] : Number.NaN;
    if (now === now) planSum += now;
    if (then === then) baseSum += then;
    const same =
      now === now ? then === then && Math.round(now * 100) === Math.round(then * 100) : then !== then;
    if (!same) {
      if (changed === 0) first = p;
      changed++;
    }
  }
  if (changed === 0) return null;
  const cell = (series: Float64Array): string =>
    first < series.length && series[first] === series[first] ? formatAmount(series[first]) : 'blank';
  return makeFlag(
    'baselineDrift',
    `Plan differs from the frozen baseline in ${changed} period${changed === 1 ? '' : 's'} ` +
      `(first ${periods[first]}: plan ${cell(plan)}, baseline ${cell(baseline)}); plan total ` +
      `${formatAmount(planSum)} vs baseline ${formatAmount(baseSum)}, with no approved re-baseline.`,
  );
}
