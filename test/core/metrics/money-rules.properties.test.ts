import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightOf, ladderLookup } from '../../../core/metrics/ladder-lookup.js';
import type { LevelOnRecord } from '../../../core/model/metrics.js';
import { STATES } from '../../../core/model/initiative.js';
import { registerArb } from './arbitraries.js';
import { PERIODS, context, metricsOf } from './builders.js';

/** Sums may differ only by float rounding from a different order of additions. */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** January–June are "to date" at the builders' as-of date 2027-06-15. */
const TO_DATE = 6;

describe('assumed on plan (PRODUCT.md "Metrics")', () => {
  it('adds up: assumed on plan + actuals + forecasts standing in + future plan = estimate at completion', () => {
    fc.assert(
      fc.property(registerArb, (reg) => {
        const { initiatives } = metricsOf(reg);
        initiatives.forEach((m, i) => {
          const { plan, forecast, actual, state } = reg.initiatives[i];
          if (state === 'closed') return;
          let actuals = 0;
          let forecasts = 0;
          let futurePlan = 0;
          for (let p = 0; p < PERIODS.length; p++) {
            if (actual[p] === actual[p]) actuals += actual[p];
            else if (forecast[p] === forecast[p]) forecasts += forecast[p];
            else if (p >= TO_DATE && plan[p] === plan[p]) futurePlan += plan[p];
          }
          expect(close(m.assumedOnPlan + actuals + forecasts + futurePlan, m.estimateAtCompletion)).toBe(
            true,
          );
        });
      }),
      { numRuns: 150 },
    );
  });

  it('is nothing under "zero", where those months count 0', () => {
    fc.assert(
      fc.property(registerArb, (reg) => {
        const asPlan = metricsOf(reg).initiatives;
        const asZero = metricsOf({
          ...reg,
          settings: { ...reg.settings, pastWithoutActuals: 'zero' },
        }).initiatives;
        asZero.forEach((m, i) => {
          expect(m.assumedOnPlan).toBe(0);
          if (reg.initiatives[i].state !== 'closed')
            expect(
              close(m.estimateAtCompletion, asPlan[i].estimateAtCompletion - asPlan[i].assumedOnPlan),
            ).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('closed means confirmed', () => {
  it('gives every closed initiative its confirmed value as estimate at completion, for any register', () => {
    fc.assert(
      fc.property(registerArb, (reg) => {
        const { initiatives } = metricsOf(reg);
        initiatives.forEach((m, i) => {
          const initiative = reg.initiatives[i];
          if (initiative.state !== 'closed') return;
          expect(m.estimateAtCompletion).toBe(initiative.confirmedValue ?? 0);
          expect(m.assumedOnPlan).toBe(0);
          expect(m.valueAtRisk).toBe(0);
          const red = m.planTotal > 0 && m.estimateAtCompletion < 0.9 * m.planTotal;
          expect(m.valueStatus).toBe(m.planTotal > 0 ? (red ? 'red' : 'green') : 'n/a');
        });
      }),
      { numRuns: 150 },
    );
  });
});

const levelArb = fc.record({ level: fc.integer({ min: 0, max: 5 }), state: fc.constantFrom(...STATES) });

describe('recorded levels only', () => {
  it('never counts a level the audit log did not reach in weighted pipeline, coverage or the waterfall', () => {
    fc.assert(
      fc.property(registerArb, fc.array(fc.option(levelArb), { maxLength: 25 }), (reg, levels) => {
        const recorded = new Map<string, LevelOnRecord>();
        reg.initiatives.forEach((initiative, i) => {
          const level = levels[i];
          if (level) recorded.set(initiative.id, level);
        });
        const { initiatives, portfolio } = metricsOf(reg, context({ recorded }));
        const ladder = ladderLookup(reg.settings.ladder);
        const onRecord = (id: string): LevelOnRecord => recorded.get(id) ?? { level: 0, state: 'active' };
        let pipeline = 0;
        let frozen = 0;
        const perLevel = new Map<number, number>();
        initiatives.forEach((m, i) => {
          const initiative = reg.initiatives[i];
          const r = onRecord(initiative.id);
          expect(m.recordedDoi).toBe(r.level);
          expect(m.recordedState).toBe(r.state);
          const handSet = initiative.doi !== r.level || initiative.state !== r.state;
          expect(m.flags.some((f) => f.code === 'levelNotRecorded')).toBe(handSet && r.state !== 'cancelled');
          if (r.state === 'cancelled') return;
          const weighted =
            r.state === 'closed'
              ? (initiative.confirmedValue ?? 0)
              : m.estimateAtCompletion * weightOf(ladder, r.level);
          expect(close(m.weightedValue, weighted)).toBe(true);
          pipeline += weighted;
          if (r.level >= reg.settings.ladder.freezeLevel) frozen += m.planTotal;
          perLevel.set(r.level, (perLevel.get(r.level) ?? 0) + 1);
        });
        expect(close(portfolio.weightedPipeline, pipeline)).toBe(true);
        expect(close(portfolio.coverage ?? 0, frozen / (portfolio.target ?? 1))).toBe(true);
        for (const bucket of portfolio.byDoi) expect(bucket.count).toBe(perLevel.get(bucket.level) ?? 0);
      }),
      { numRuns: 150 },
    );
  });
});
