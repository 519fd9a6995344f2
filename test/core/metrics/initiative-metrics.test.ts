import { describe, expect, it } from 'vitest';
import { FLAT_PLAN, PERIODS, context, initiative, metricsOf, only, register } from './builders.js';

describe('series metrics of one initiative (as of 2027-06-15: January–June to date)', () => {
  it('sums plan over all periods and to date, and actuals to date only', () => {
    const m = only({ plan: FLAT_PLAN, actual: [90, 90, 90, 90, 90, 90, 500] });
    expect(m.planTotal).toBe(1200);
    expect(m.planToDate).toBe(600);
    // July's 500 lies after the as-of period: it is not "to date".
    expect(m.actualToDate).toBe(540);
    expect(m.variance).toBe(-60);
    expect(m.realization).toBeCloseTo(0.9, 12);
  });

  it('treats a blank cell as no value, not as zero, in the estimate', () => {
    // Jan actual 50 beats forecast and plan; Feb blank actual falls back to forecast 80;
    // Mar blank actual and forecast falls back to plan 100; Apr actual 0 is a real zero.
    const m = only({
      plan: [100, 100, 100, 100],
      forecast: [70, 80, null, 70],
      actual: [50, null, null, 0],
    });
    expect(m.estimateAtCompletion).toBe(50 + 80 + 100 + 0);
    expect(m.actualToDate).toBe(50);
    expect(m.planTotal).toBe(400);
  });

  it('counts a forecast in a period without plan', () => {
    const m = only({ plan: [100], forecast: [null, null, null, null, null, null, null, 40] });
    expect(m.estimateAtCompletion).toBe(140);
  });

  it('has no realization when plan to date is 0', () => {
    const m = only({ plan: [null, null, null, null, null, null, 500], actual: [10] });
    expect(m.planToDate).toBe(0);
    expect(m.realization).toBeNull();
    expect(m.variance).toBe(10);
  });

  it('counts nothing as to date when the as-of date precedes every period', () => {
    const m = only({ plan: FLAT_PLAN, actual: FLAT_PLAN }, { asOf: '2026-12-31' });
    expect(m.planToDate).toBe(0);
    expect(m.actualToDate).toBe(0);
    expect(m.planTotal).toBe(1200);
  });

  it('counts every period as to date when the as-of date follows them all', () => {
    const m = only({ plan: FLAT_PLAN, actual: FLAT_PLAN }, { asOf: '2028-02-01' });
    expect(m.planToDate).toBe(1200);
    expect(m.actualToDate).toBe(1200);
  });

  it('reads quarterly registers by quarter', () => {
    const quarters = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'];
    const reg = register(
      [initiative('Q', { plan: [300, 300, 300, 300], actual: [250, 310, 999] }, 4)],
      { asOf: '2027-05-20', granularity: 'quarter' },
      quarters,
    );
    const m = metricsOf(reg).initiatives[0];
    expect(m.planToDate).toBe(600);
    expect(m.actualToDate).toBe(560);
    expect(metricsOf(reg).portfolio.asOfPeriod).toBe('2027-Q2');
  });

  it('uses the register periods when the granularity setting disagrees with them', () => {
    const quarters = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'];
    const reg = register(
      [initiative('Q', { plan: [300, 300, 300, 300] }, 4)],
      { asOf: '2027-05-20', granularity: 'month' },
      quarters,
    );
    expect(metricsOf(reg).initiatives[0].planToDate).toBe(600);
  });

  it('returns initiatives in register order with their IDs', () => {
    const reg = register([initiative('B'), initiative('A'), initiative('C')]);
    expect(metricsOf(reg).initiatives.map((m) => m.id)).toEqual(['B', 'A', 'C']);
  });

  it('ignores the cells of a series that is shorter than the register', () => {
    const short = initiative('S', { plan: FLAT_PLAN });
    short.actual = new Float64Array([100, 100]);
    const m = metricsOf(register([short])).initiatives[0];
    expect(m.actualToDate).toBe(200);
    expect(m.planTotal).toBe(1200);
    expect(PERIODS).toHaveLength(12);
  });
});

describe('value at risk and weighted value', () => {
  const behind = { plan: FLAT_PLAN, forecast: [null, null, null, null, null, null, 50, 50, 50, 50, 50, 50] };

  it('is plan total minus estimate for active and on-hold initiatives, never negative', () => {
    expect(only({ ...behind }).valueAtRisk).toBe(300);
    expect(only({ ...behind, state: 'on hold' }).valueAtRisk).toBe(300);
    expect(only({ plan: FLAT_PLAN, forecast: Array.from({ length: 12 }, () => 150) }).valueAtRisk).toBe(0);
  });

  it('is zero for closed and cancelled initiatives', () => {
    expect(only({ ...behind, state: 'closed', doi: 5 }).valueAtRisk).toBe(0);
    expect(only({ ...behind, state: 'cancelled' }).valueAtRisk).toBe(0);
  });

  it('weights the estimate at completion by the DoI level', () => {
    expect(only({ plan: FLAT_PLAN, doi: 0 }).weightedValue).toBe(0);
    expect(only({ plan: FLAT_PLAN, doi: 1 }).weightedValue).toBeCloseTo(120, 9);
    expect(only({ plan: FLAT_PLAN, doi: 2 }).weightedValue).toBe(300);
    expect(only({ plan: FLAT_PLAN, doi: 3 }).weightedValue).toBe(600);
    expect(only({ plan: FLAT_PLAN, doi: 4 }).weightedValue).toBe(960);
  });

  it('counts a closed initiative at its confirmed value × 1, whatever its estimate', () => {
    expect(only({ plan: FLAT_PLAN, doi: 5, state: 'closed', confirmedValue: 1111 }).weightedValue).toBe(1111);
    expect(only({ plan: FLAT_PLAN, doi: 5, state: 'closed', confirmedValue: null }).weightedValue).toBe(0);
  });

  it('gives a cancelled initiative no weighted value', () => {
    expect(only({ plan: FLAT_PLAN, doi: 4, state: 'cancelled' }).weightedValue).toBe(0);
  });

  it('follows the weights in the settings, not fixed numbers', () => {
    const base = register([]).settings.ladder;
    const ladder = {
      ...base,
      levels: base.levels.map((l) => ({ ...l, weight: l.level === 2 ? 0.4 : l.weight })),
    };
    expect(only({ plan: FLAT_PLAN, doi: 2 }, { ladder }).weightedValue).toBeCloseTo(480, 9);
  });

  it('weights a DoI the ladder does not define as 0', () => {
    expect(only({ plan: FLAT_PLAN, doi: 9 }).weightedValue).toBe(0);
  });
});

describe('context', () => {
  it('leaves the register untouched', () => {
    const reg = register([initiative('A', { plan: FLAT_PLAN })]);
    const before = Array.from(reg.initiatives[0].plan);
    metricsOf(reg, context({ groupBy: 'owner' }));
    expect(Array.from(reg.initiatives[0].plan)).toEqual(before);
  });
});
