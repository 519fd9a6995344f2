import type { Initiative } from '../model/initiative.js';
import { addToTotals, emptyTotals } from './portfolio-totals.js';
import type { GroupBy, InitiativeMetrics, PortfolioGroup } from '../model/metrics.js';

/** Label of the group for initiatives with the grouping field left blank. */
export const BLANK_GROUP = '(none)';

/** The grouping value of an initiative: the field trimmed, or `(none)` when blank. */
export function groupKeyOf(initiative: Initiative, groupBy: GroupBy): string {
  const value = initiative[groupBy].trim();
  return value === '' ? BLANK_GROUP : value;
}

/**
 * Portfolio totals per Program, Workstream, Client or Owner, filled one initiative at a time.
 * The groups partition the portfolio, so they sum to it.
 */
export class GroupTotals {
  private readonly groups = new Map<string, PortfolioGroup>();

  constructor(private readonly groupBy: GroupBy) {}

  add(initiative: Initiative, metrics: InitiativeMetrics): void {
    const key = groupKeyOf(initiative, this.groupBy);
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { key, ...emptyTotals() };
      this.groups.set(key, group);
    }
    addToTotals(group, initiative, metrics);
  }

  /** Sorted by key, with `(none)` last. */
  sorted(): PortfolioGroup[] {
    return [...this.groups.values()].sort((a, b) => {
      if (a.key === BLANK_GROUP || b.key === BLANK_GROUP) return a.key === BLANK_GROUP ? 1 : -1;
      return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
  }
}
