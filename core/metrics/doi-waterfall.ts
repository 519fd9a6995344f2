import type { Ladder } from '../model/ladder.js';
import type { DoiBucket } from '../model/metrics.js';

/** The DoI waterfall, filled one initiative at a time: count and plan total per ladder level, in ladder order. */
export class DoiWaterfall {
  readonly buckets: DoiBucket[];
  /** Level number → bucket, as an array: a lookup per initiative must not hash. */
  private readonly byLevel: (DoiBucket | undefined)[];

  constructor(ladder: Ladder) {
    this.buckets = ladder.levels.map((level) => ({
      level: level.level,
      name: level.name,
      count: 0,
      planTotal: 0,
    }));
    let top = 0;
    for (const bucket of this.buckets) top = Math.max(top, bucket.level);
    this.byLevel = new Array<DoiBucket | undefined>(top + 1).fill(undefined);
    for (const bucket of this.buckets) if (bucket.level >= 0) this.byLevel[bucket.level] = bucket;
  }

  /** Count an initiative; a DoI the ladder does not define is in no bucket. */
  add(doi: number, planTotal: number): void {
    const bucket = doi >= 0 && doi < this.byLevel.length ? this.byLevel[doi] : undefined;
    if (bucket === undefined) return;
    bucket.count++;
    bucket.planTotal += planTotal;
  }
}
