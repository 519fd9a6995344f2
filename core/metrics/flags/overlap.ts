import type { Initiative } from '../../model/initiative.js';
import type { Period } from '../../model/period.js';
import type { Flag } from '../types.js';

/** Keys compare case-insensitively and trimmed: "CRM-7 " and "crm-7" are one campaign. */
export function normalizeKey(key: string): string {
  return key.trim().toLowerCase();
}

/**
 * `overlap`: two included (non-cancelled) initiatives share a key and both plan value in the same
 * period, so the value may be counted twice. Returns one flag per affected initiative index, naming
 * the other initiative and the period. Work is linear in members × periods per key: per period it
 * keeps only the first two planners and a count, never every pair.
 */
export function overlapFlags(
  initiatives: readonly Initiative[],
  included: Uint8Array,
  periods: readonly Period[],
): (Flag | undefined)[] {
  const flags: (Flag | undefined)[] = new Array<Flag | undefined>(initiatives.length);
  const groups = new Map<string, { key: string; members: number[] }>();
  for (let i = 0; i < initiatives.length; i++) {
    if (included[i] === 0) continue;
    for (const raw of initiatives[i].keys) {
      const key = normalizeKey(raw);
      if (key === '') continue;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { key: raw.trim(), members: [i] });
      else if (group.members[group.members.length - 1] !== i) group.members.push(i);
    }
  }

  const periodCount = periods.length;
  const planners = new Int32Array(periodCount);
  const firstPlanner = new Int32Array(periodCount);
  const secondPlanner = new Int32Array(periodCount);
  for (const { key, members } of groups.values()) {
    if (members.length < 2) continue;
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
      if (flags[m] !== undefined) continue;
      const plan = initiatives[m].plan;
      const n = Math.min(periodCount, plan.length);
      for (let p = 0; p < n; p++) {
        const value = plan[p];
        if (planners[p] < 2 || !(value === value && value !== 0)) continue;
        const other = initiatives[firstPlanner[p] === m ? secondPlanner[p] : firstPlanner[p]];
        const more = planners[p] - 2;
        flags[m] = {
          code: 'overlap',
          reason:
            `Key "${key}" is also used by ${describe(other)}; both plan value in ${periods[p]}, ` +
            `so it may be counted twice` +
            (more > 0 ? ` (${more} more initiative${more === 1 ? '' : 's'} too).` : '.'),
        };
        break;
      }
    }
  }
  return flags;
}

function describe(initiative: Initiative): string {
  return initiative.name.trim() === '' ? initiative.id : `${initiative.id} (${initiative.name.trim()})`;
}
