import type { DoiBucket } from '../../core/index.js';

export interface WaterfallBar {
  label: string;
  from: number;
  to: number;
  total: boolean;
}

/** Floating bars: each level starts where the previous ended; a last bar shows the total. */
export function waterfallBars(buckets: DoiBucket[]): WaterfallBar[] {
  let running = 0;
  const bars = buckets.map((b) => {
    const from = running;
    running += b.planTotal;
    return { label: `${b.level} ${b.name}`, from, to: running, total: false };
  });
  bars.push({ label: 'Total', from: 0, to: running, total: true });
  return bars;
}
