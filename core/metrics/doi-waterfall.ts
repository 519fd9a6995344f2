import type { Initiative } from '../model/initiative.js';
import type { Ladder } from '../model/ladder.js';
import type { DoiBucket, InitiativeMetrics } from './types.js';

/** The DoI waterfall: count and plan total of the included initiatives per ladder level, in ladder order. */
export function doiWaterfall(
  ladder: Ladder,
  initiatives: readonly Initiative[],
  metrics: readonly InitiativeMetrics[],
  included: Uint8Array,
): DoiBucket[] {
  const buckets: DoiBucket[] = ladder.levels.map((level) => ({
    level: level.level,
    name: level.name,
    count: 0,
    planTotal: 0,
  }));
  const byLevel = new Map<number, DoiBucket>();
  for (const bucket of buckets) byLevel.set(bucket.level, bucket);
  for (let i = 0; i < initiatives.length; i++) {
    if (included[i] === 0) continue;
    const bucket = byLevel.get(initiatives[i].doi);
    if (bucket === undefined) continue;
    bucket.count++;
    bucket.planTotal += metrics[i].planTotal;
  }
  return buckets;
}
