import type { Initiative } from '../model/initiative.js';
import type { DecisionItem, Flag, InitiativeMetrics, Suggestion } from '../model/metrics.js';

/** Most serious discussion first. */
function urgency(suggestion: Suggestion | null): number {
  return suggestion === 'cancel?' ? 0 : suggestion === 'pivot' ? 1 : suggestion === 'accelerate' ? 2 : 3;
}

/** Items for the review meeting with the keys they are ordered by. */
class ItemList {
  readonly items: DecisionItem[] = [];
  private readonly rank: number[] = [];
  private readonly atRisk: number[] = [];

  add(initiative: Initiative, flag: Flag, suggestion: Suggestion | null, atRisk: number): void {
    this.items.push({ id: initiative.id, name: initiative.name, reason: flag.reason, suggestion });
    this.rank.push(urgency(suggestion));
    this.atRisk.push(atRisk);
  }

  /** The most serious suggestion first, then the most value at risk, then by ID so the order is stable. */
  sorted(): DecisionItem[] {
    const { items, rank, atRisk } = this;
    const order = Array.from({ length: items.length }, (_, k) => k);
    order.sort((a, b) => {
      const byRank = rank[a] - rank[b];
      if (byRank !== 0) return byRank;
      const byRisk = atRisk[b] - atRisk[a];
      if (byRisk !== 0) return byRisk;
      const ia = items[a].id;
      const ib = items[b].id;
      return ia < ib ? -1 : ia > ib ? 1 : a - b;
    });
    return order.map((k) => items[k]);
  }
}

/**
 * The decision queue (initiatives flagged `decisionRequired`) and the watermelons, filled one
 * initiative at a time. A watermelon is also red, so its decision prompt supplies the suggestion.
 */
export class ReviewLists {
  private readonly decisions = new ItemList();
  private readonly watermelons = new ItemList();

  add(initiative: Initiative, metrics: InitiativeMetrics): void {
    const flags = metrics.flags;
    if (flags.length === 0) return;
    let decision: Flag | null = null;
    let watermelon: Flag | null = null;
    for (let f = 0; f < flags.length; f++) {
      if (flags[f].code === 'decisionRequired') decision = flags[f];
      else if (flags[f].code === 'watermelon') watermelon = flags[f];
    }
    const suggestion = decision?.suggestion ?? null;
    if (decision !== null) this.decisions.add(initiative, decision, suggestion, metrics.valueAtRisk);
    if (watermelon !== null) this.watermelons.add(initiative, watermelon, suggestion, metrics.valueAtRisk);
  }

  decisionQueue(): DecisionItem[] {
    return this.decisions.sorted();
  }

  watermelonList(): DecisionItem[] {
    return this.watermelons.sorted();
  }
}
