import type { Initiative } from '../../model/initiative.js';
import type { Period } from '../../model/period.js';
import type { Flag } from '../../model/metrics.js';
import { makeFlag } from './make-flag.js';
import type { SharedKey } from './shared-keys.js';

/**
 * `overlap`: two included (non-cancelled) initiatives share a key and both plan value in the same
 * period, so the value may be counted twice. Returns one flag per affected initiative index, naming
 * the other initiative and the period. Work is linear in members × periods per key: per period it
 * keeps only the first two planners and a count, never every pair.
 */
export function overlapFlags(
  initiatives: readonly Initiative[],
  groups: readonly SharedKey[],
  periods: readonly Period[],
): Map<number, Flag> {
  const flags = new Map<number, Flag>();
  const periodCount = periods.length;
  const planners = new Int32Array(periodCount);
  const firstPlanner = new Int32Array(periodCount);
  const secondPlanner = new Int32Array(periodCount);
  for (const { key, members } of groups) {
    planners.fill(0);
    for (const m of members) {
      const plan = initiatives[m].plan;
      const n = Math.min(periodCount, plan.length);
      for (let p = 0; p < n; p++) {
        const value = plan[p];
        if (value === value && value !== 0) {
          if (planners[p] === 0) firstPlanner[p] = m;
          else if (planners[p] === 1) secondPlanner[p] = m;
          planners[p]++;
        }
      }
    }
    for (const m of members) {
      if (flags.has(m)) continue;
      const plan = initiatives[m].plan;
      const n = Math.min(periodCount, plan.length);
      for (let p = 0; p < n; p++) {
        const value = plan[p];
        if (planners[p] < 2 || !(value === value && value !== 0)) continue;
        const other = initiatives[firstPlanner[p] === m ? secondPlanner[p] : firstPlanner[p]];
        const more = planners[p] - 2;
        const period = periods[p];
        flags.set(
          m,
          makeFlag(
            'overlap',
            `Key "${key}" is also used by ${describe(other)}; both plan value in ${period}, ` +
              `so it may be counted twice` +
              (more > 0 ? ` (${more} more initiative${more === 1 ? '' : 's'} too).` : '.'),
          ),
        );
        break;
      }
    }
  }
  return flags;
}

function describe(initiative: Initiative): string {
  return initiative.name.trim() === '' ? initiative.id : `${initiative.id} (${initiative.name.trim()})`;
}
