/**
 * All metrics for 100k initiatives × 36 months × 3 series, against a plain Float64Array summing
 * pass over the same numbers in the same process. Budget (PRODUCT.md): ratio ≤ 5 (was 10).
 */
import { computeMetrics, type RegisterMetrics } from '../../core/index.js';
import type { Initiative } from '../../core/index.js';
import { interleavedMedians, medianTime, megabytes, round, type Benchmark } from '../benchmark.js';
import { syntheticRegister } from '../data/synthetic-register.js';

const INITIATIVES = 100_000;
const PERIODS = 36;
const BUDGET = 5;

/** The reference: every cell of every series read once and added, nothing else. */
function plainSum(initiatives: readonly Initiative[]): number {
  let total = 0;
  for (let i = 0; i < initiatives.length; i++) {
    const { plan, forecast, actual } = initiatives[i];
    for (let p = 0; p < plan.length; p++) total += plan[p];
    for (let p = 0; p < forecast.length; p++) total += forecast[p];
    for (let p = 0; p < actual.length; p++) total += actual[p];
  }
  return total;
}

const benchmark: Benchmark = {
  name: 'metrics-100k',
  async run() {
    const register = syntheticRegister({ initiatives: INITIATIVES, periods: PERIODS, seed: 100_000 });
    const context = {
      baselines: new Map<string, Float64Array>(),
      signOffChanges: new Map<string, string[]>(),
    };
    let heapUsed = 0;
    let rss = 0;
    const sample = () => {
      const usage = process.memoryUsage();
      heapUsed = Math.max(heapUsed, usage.heapUsed);
      rss = Math.max(rss, usage.rss);
    };

    // The plain pass on its own first, before any metrics garbage exists, as a second reference.
    const alone = medianTime(() => plainSum(register.initiatives), 5, 15);
    // Alternating the two keeps their ratio fair when other work shares the machine.
    const timed = interleavedMedians(
      {
        plain: () => plainSum(register.initiatives),
        metrics: () => {
          const result = computeMetrics(register, context);
          sample();
          return result;
        },
      },
      3,
      11,
    );
    const plain = timed.plain;
    const metrics = { ms: timed.metrics.ms, last: timed.metrics.last as RegisterMetrics };
    const ratio = metrics.ms / plain.ms;
    const flagged = metrics.last.initiatives.filter((m) => m.flags.length > 0).length;
    await Promise.resolve();
    return {
      initiatives: INITIATIVES,
      periods: PERIODS,
      cells: INITIATIVES * PERIODS * 3,
      plainSumMs: round(plain.ms),
      computeMetricsMs: round(metrics.ms),
      ratio: round(ratio),
      plainSumAloneMs: round(alone.ms),
      ratioVsPlainAlone: round(metrics.ms / alone.ms),
      budget: `<= ${BUDGET}`,
      verdict: ratio <= BUDGET ? 'PASS' : 'OVER',
      flaggedInitiatives: flagged,
      flaggedShare: round(flagged / INITIATIVES, 3),
      decisionQueue: metrics.last.portfolio.decisionQueue.length,
      heapUsedMB: megabytes(heapUsed),
      rssMB: megabytes(rss),
    };
  },
};

export default benchmark;
