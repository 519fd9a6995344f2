import type { Initiative } from '../model/initiative.js';
import type { DecisionItem, FlagCode, InitiativeMetrics, Suggestion } from './types.js';

const URGENCY: Record<Suggestion | 'none', number> = { 'cancel?': 0, pivot: 1, accelerate: 2, none: 3 };

/**
 * Initiatives carrying flag `code`, as items for the review meeting: the most serious suggestion
 * first, then the most value at risk, then by ID so the order is stable.
 */
export function flaggedItems(
  code: FlagCode,
  initiatives: readonly Initiative[],
  metrics: readonly InitiativeMetrics[],
  included: Uint8Array,
): DecisionItem[] {
  const rows: { item: DecisionItem; atRisk: number }[] = [];
  for (let i = 0; i < initiatives.length; i++) {
    if (included[i] === 0 || metrics[i].flags.length === 0) continue;
    const flag = metrics[i].flags.find((f) => f.code === code);
    if (flag === undefined) continue;
    // A watermelon is also red, so its decision prompt supplies the suggestion.
    const prompt = metrics[i].flags.find((f) => f.code === 'decisionRequired');
    rows.push({
      item: {
        id: initiatives[i].id,
        name: initiatives[i].name,
        reason: flag.reason,
        suggestion: prompt?.suggestion ?? null,
      },
      atRisk: metrics[i].valueAtRisk,
    });
  }
  rows.sort(
    (a, b) =>
      URGENCY[a.item.suggestion ?? 'none'] - URGENCY[b.item.suggestion ?? 'none'] ||
      b.atRisk - a.atRisk ||
      (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
  );
  return rows.map((row) => row.item);
}
