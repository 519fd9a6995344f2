import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBridge } from '../../../core/metrics/bridge.js';
import { toCents } from '../../../core/metrics/cents.js';
import { TOTAL_FIELDS } from '../../../core/metrics/portfolio-totals.js';
import type { GroupBy } from '../../../core/model/metrics.js';
import { registerArb, snapshotArb } from './arbitraries.js';
import { context, metricsOf } from './builders.js';

/** Sums may differ only by float rounding from a different order of additions. */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('portfolio properties', () => {
  it('equals the sum of its non-cancelled initiatives', () => {
    fc.assert(
      fc.property(registerArb, (reg) => {
        const { initiatives, portfolio } = metricsOf(reg);
        const counted = initiatives.filter((_, i) => reg.initiatives[i].state !== 'cancelled');
        const sum = (f: (m: (typeof counted)[number], i: number) => number) =>
          counted.reduce((s, m, i) => s + f(m, i), 0);
        expect(portfolio.count).toBe(counted.length);
        expect(
          close(
            portfolio.planTotal,
            sum((m) => m.planTotal),
          ),
        ).toBe(true);
        expect(
          close(
            portfolio.planToDate,
            sum((m) => m.planToDate),
          ),
        ).toBe(true);
        expect(
          close(
            portfolio.actualToDate,
            sum((m) => m.actualToDate),
          ),
        ).toBe(true);
        expect(
          close(
            portfolio.estimateAtCompletion,
            sum((m) => m.estimateAtCompletion),
          ),
        ).toBe(true);
        expect(
          close(
            portfolio.weightedPipeline,
            sum((m) => m.weightedValue),
          ),
        ).toBe(true);
        expect(
          close(
            portfolio.valueAtRisk,
            sum((m) => m.valueAtRisk),
          ),
        ).toBe(true);
        const statusCount = Object.values(portfolio.byValueStatus).reduce((s, n) => s + n, 0);
        expect(statusCount).toBe(counted.length);
      }),
      { numRuns: 150 },
    );
  });

  it('equals the sum of its groups, whichever field groups it', () => {
    fc.assert(
      fc.property(
        registerArb,
        fc.constantFrom<GroupBy>('program', 'workstream', 'client', 'owner'),
        (reg, by) => {
          const { portfolio } = metricsOf(reg, context({ groupBy: by }));
          for (const key of TOTAL_FIELDS) {
            const fromGroups = portfolio.groups.reduce((s, g) => s + g[key], 0);
            expect(close(portfolio[key], fromGroups)).toBe(true);
          }
          expect(new Set(portfolio.groups.map((g) => g.key)).size).toBe(portfolio.groups.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('has per-period series that add up to its totals, and a waterfall that adds up to its plan', () => {
    fc.assert(
      fc.property(registerArb, (reg) => {
        const { portfolio } = metricsOf(reg);
        const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
        expect(close(total(portfolio.planByPeriod), portfolio.planTotal)).toBe(true);
        expect(close(total(portfolio.estimateByPeriod), portfolio.estimateAtCompletion)).toBe(true);
        expect(close(total(portfolio.actualByPeriod.slice(0, 6)), portfolio.actualToDate)).toBe(true);
        expect(close(total(portfolio.byDoi.map((b) => b.planTotal)), portfolio.planTotal)).toBe(true);
        expect(total(portfolio.byDoi.map((b) => b.count))).toBe(portfolio.count);
      }),
      { numRuns: 100 },
    );
  });
});

describe('bridge properties', () => {
  it('adds up exactly, to the cent, for any two snapshots', () => {
    fc.assert(
      fc.property(
        snapshotArb('2027-05'),
        snapshotArb('2027-06'),
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 10 }),
        (from, to, re) => {
          const bridge = computeBridge(from, to, new Set(re.map((n) => `I-${n}`)));
          const steps =
            toCents(bridge.start) +
            toCents(bridge.newInitiatives) +
            toCents(bridge.cancelled) +
            toCents(bridge.rebaselined) +
            toCents(bridge.estimateChanges);
          expect(steps).toBe(toCents(bridge.end));
          const counted = (rows: typeof from.rows) =>
            rows
              .filter((r) => r.state.toLowerCase() !== 'cancelled')
              .reduce((s, r) => s + toCents(r.estimateAtCompletion), 0);
          expect(toCents(bridge.start)).toBe(counted(from.rows));
          expect(toCents(bridge.end)).toBe(counted(to.rows));
        },
      ),
      { numRuns: 300 },
    );
  });
});
