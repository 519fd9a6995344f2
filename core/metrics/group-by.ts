import type { Initiative } from '../model/initiative.js';
import { addToTotals, emptyTotals } from './portfolio-totals.js';
import type { GroupBy, InitiativeMetrics, PortfolioGroup } from './types.js';

/** Label of the group for initiatives with the grouping field left blank. */
export const BLANK_GROUP = '(none)';

/** The grouping value of an initiative: the field trimmed, or `(none)` when blank. */
export function groupKeyOf(initiative: Initiative, groupBy: GroupBy): string {
  const value = initiative[groupBy].trim();
  return value === '' ? BLANK_GROUP : value;
}

/**
 * Portfolio totals per Program, Workstream, Client or Owner over the included initiatives,
 * sorted by key with `(none)` last. The groups partition the portfolio, so they sum to it.
 */
export function groupTotals(
  initiatives: readonly Initiative[],
  metrics: readonly InitiativeMetrics[],
  included: Uint8Array,
  groupBy: GroupBy,
): PortfolioGroup[] {
  const groups = new Map<string, PortfolioGroup>();
  for (let i = 0; i < initiatives.length; i++) {
    if (included[i] === 0) continue;
    const key = groupKeyOf(initiatives[i], groupBy);
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, ...emptyTotals() };
      groups.set(key, group);
    }
    addToTotals(group, initiatives[i], metrics[i]);
  }
  return [...groups.values()].sort((a, b) => {
    if (a.key === BLANK_GROUP || b.key === BLANK_GROUP) return a.key === BLANK_GROUP ? 1 : -1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}
