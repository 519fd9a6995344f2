import { afterAll, describe, expect, it } from 'vitest';
import { syntheticRegister } from '../../bench/data/synthetic-register.js';
import { locateAsOf } from '../../core/metrics/as-of.js';
import { computeMetrics } from '../../core/metrics/compute-metrics.js';
import { TOTAL_FIELDS } from '../../core/metrics/portfolio-totals.js';
import { isoDay } from '../../core/metrics/iso-day.js';
import { buildOracleWorkbook, LEVEL_ROW0, numberAt } from './oracle-workbook.js';

const COUNT = 3000;
const register = syntheticRegister({ initiatives: COUNT, periods: 24, seed: 20270615 });
const { settings, periods } = register;
const asOf = locateAsOf(periods, settings.asOf, settings.granularity, isoDay(settings.asOf));
const core = computeMetrics(register, {
  baselines: new Map(),
  signOffChanges: new Map(),
  groupBy: 'program',
});
const book = buildOracleWorkbook(register, asOf.index);
afterAll(() => book.hf.destroy());

/** Same to the cent: the difference rounds to zero cents. */
function expectCent(actual: number, oracle: number, what: string): void {
  if (Math.round(Math.abs(actual - oracle) * 100) !== 0) {
    throw new Error(`${what}: core ${actual} vs formula engine ${oracle}`);
  }
}

describe(`core metrics agree with a HyperFormula workbook (${COUNT} seeded initiatives)`, () => {
  it('covers every state, every DoI level and blanks in every series', () => {
    const states = new Set(register.initiatives.map((i) => i.state));
    expect([...states].sort()).toEqual(['active', 'cancelled', 'closed', 'on hold']);
    expect(new Set(register.initiatives.map((i) => i.doi)).size).toBe(6);
    expect(register.initiatives.some((i) => i.actual.some(Number.isNaN))).toBe(true);
    expect(asOf.index).toBeGreaterThan(0);
    expect(core.portfolio.assumedOnPlan).toBeGreaterThan(0);
    expect(
      core.initiatives.some(
        (m, i) =>
          register.initiatives[i].state === 'closed' &&
          m.estimateAtCompletion !== core.initiatives[i].planTotal,
      ),
    ).toBe(true);
  });

  it('per initiative: plan total, plan to date, actual to date, estimate at completion (a closed one: its confirmed value), weighted value, value at risk, assumed on plan', () => {
    const columns = [
      ['planTotal', 5],
      ['planToDate', 6],
      ['actualToDate', 7],
      ['estimateAtCompletion', 8],
      ['weightedValue', 9],
      ['valueAtRisk', 10],
      ['assumedOnPlan', 11],
    ] as const;
    core.initiatives.forEach((m, i) => {
      for (const [key, col] of columns)
        expectCent(m[key], numberAt(book, book.register, i + 1, col), `${m.id} ${key}`);
    });
  });

  it('portfolio totals over non-cancelled initiatives', () => {
    TOTAL_FIELDS.forEach((key, row) =>
      expectCent(core.portfolio[key], numberAt(book, book.portfolio, row, 1), key),
    );
    expect(core.portfolio.count).toBeLessThan(COUNT);
  });

  it('the DoI waterfall: count and plan total per ladder level', () => {
    core.portfolio.byDoi.forEach((bucket, k) => {
      expect(bucket.count).toBe(numberAt(book, book.portfolio, LEVEL_ROW0 + k, 1));
      expectCent(
        bucket.planTotal,
        numberAt(book, book.portfolio, LEVEL_ROW0 + k, 2),
        `DoI ${bucket.level} plan`,
      );
    });
  });

  it('program groups and the per-period plan series', () => {
    const groupRow0 = LEVEL_ROW0 + core.portfolio.byDoi.length;
    expect(core.portfolio.groups.map((g) => g.key)).toEqual(book.programs);
    core.portfolio.groups.forEach((group, k) => {
      expect(group.count).toBe(numberAt(book, book.portfolio, groupRow0 + k, 1));
      expectCent(group.planTotal, numberAt(book, book.portfolio, groupRow0 + k, 2), `${group.key} plan`);
      expectCent(
        group.estimateAtCompletion,
        numberAt(book, book.portfolio, groupRow0 + k, 3),
        `${group.key} EAC`,
      );
    });
    const periodRow0 = groupRow0 + book.programs.length;
    core.portfolio.planByPeriod.forEach((value, p) =>
      expectCent(value, numberAt(book, book.portfolio, periodRow0, p + 1), `plan ${periods[p]}`),
    );
  });
});

describe('with past months without actuals counted as zero (600 seeded initiatives)', () => {
  const small = syntheticRegister({ initiatives: 600, periods: 24, seed: 20270616 });
  const zero = { ...small, settings: { ...small.settings, pastWithoutActuals: 'zero' as const } };
  const at = locateAsOf(
    zero.periods,
    zero.settings.asOf,
    zero.settings.granularity,
    isoDay(zero.settings.asOf),
  );
  const metrics = computeMetrics(zero, { baselines: new Map(), signOffChanges: new Map() });
  const oracle = buildOracleWorkbook(zero, at.index);
  afterAll(() => oracle.hf.destroy());

  it('counts nothing for such months: estimate at completion and assumed on plan agree per initiative', () => {
    expect(metrics.initiatives.some((m) => m.estimateAtCompletion !== 0)).toBe(true);
    metrics.initiatives.forEach((m, i) => {
      expectCent(m.estimateAtCompletion, numberAt(oracle, oracle.register, i + 1, 8), `${m.id} EAC`);
      expectCent(m.assumedOnPlan, numberAt(oracle, oracle.register, i + 1, 11), `${m.id} assumed`);
    });
  });

  it('and in the portfolio totals', () => {
    TOTAL_FIELDS.forEach((key, row) =>
      expectCent(metrics.portfolio[key], numberAt(oracle, oracle.portfolio, row, 1), key),
    );
  });
});
