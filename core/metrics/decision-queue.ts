import type { Initiative } from '../model/initiative.js';
import type { DecisionItem, Flag, FlagCode, InitiativeMetrics, Suggestion } from './types.js';

/** Most serious discussion first. */
function urgency(suggestion: Suggestion | null): number {
  return suggestion === 'cancel?' ? 0 : suggestion === 'pivot' ? 1 : suggestion === 'accelerate' ? 2 : 3;
}

function findFlag(flags: readonly Flag[], code: FlagCode): Flag | null {
  for (let f = 0; f < flags.length; f++) if (flags[f].code === code) return flags[f];
  return null;
}

/**
 * Initiatives carrying flag `code`, as items for the review meeting: the most serious suggestion
 * first, then the most value at risk, then by ID so the order is stable. Sorting works on
 * indices and typed keys, so a queue of tens of thousands stays cheap.
 */
export function flaggedItems(
  code: FlagCode,
  initiatives: readonly Initiative[],
  metrics: readonly InitiativeMetrics[],
  included: Uint8Array,
): DecisionItem[] {
  const items: DecisionItem[] = [];
  const rank: number[] = [];
  const atRisk: number[] = [];
  for (let i = 0; i < initiatives.length; i++) {
    const flags = metrics[i].flags;
    if (included[i] === 0 || flags.length === 0) continue;
    const flag = findFlag(flags, code);
    if (flag === null) continue;
    // A watermelon is also red, so its decision prompt supplies the suggestion.
    const suggestion = findFlag(flags, 'decisionRequired')?.suggestion ?? null;
    items.push({ id: initiatives[i].id, name: initiatives[i].name, reason: flag.reason, suggestion });
    rank.push(urgency(suggestion));
    atRisk.push(metrics[i].valueAtRisk);
  }
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
