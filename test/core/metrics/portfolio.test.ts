import { describe, expect, it } from 'vitest';
import { FLAT_PLAN, context, initiative, metricsOf, register } from './builders.js';

const ACTUAL_TO_DATE = [100, 100, 100, 100, 100, 100];
const RED_FORECAST = [null, null, null, null, null, null, 20, 20, 20, 20, 20, 20];

/** A small portfolio: two programs, one closed, one cancelled, one red watermelon. */
function sample() {
  return register([
    initiative('A', { program: 'Growth', owner: 'Ann', doi: 3, plan: FLAT_PLAN, actual: ACTUAL_TO_DATE }),
    initiative('B', {
      program: 'Growth',
      owner: 'Ben',
      doi: 4,
      plan: FLAT_PLAN,
      actual: ACTUAL_TO_DATE,
      forecast: RED_FORECAST,
      implementationStatus: 'green',
    }),
    initiative('C', {
      program: 'Retention',
      owner: 'Ann',
      doi: 5,
      state: 'closed',
      plan: FLAT_PLAN,
      actual: ACTUAL_TO_DATE,
      confirmedValue: 1000,
    }),
    initiative('D', { program: 'Retention', owner: 'Ben', doi: 2, state: 'cancelled', plan: [5000] }),
    initiative('E', { program: '', owner: 'Cid', doi: 1, plan: [300, 300] }),
  ]);
}

describe('portfolio', () => {
  const { portfolio } = metricsOf(sample(), context({ groupBy: 'program' }));

  it('sums every non-cancelled initiative', () => {
    expect(portfolio.count).toBe(4);
    expect(portfolio.planTotal).toBe(1200 * 3 + 600);
    expect(portfolio.planToDate).toBe(600 * 3 + 600);
    expect(portfolio.actualToDate).toBe(1800);
    // A 1,200; B 600 + 120 = 720; C closed: its confirmed 1,000; E 600
    expect(portfolio.estimateAtCompletion).toBe(3520);
    // E's January–June plan of 600 has neither actual nor forecast.
    expect(portfolio.assumedOnPlan).toBe(600);
    expect(portfolio.confirmedValue).toBe(1000);
    // A 1,200 × 0.5; B 720 × 0.8; C confirmed 1,000 × 1; E 600 × 0.1
    expect(portfolio.weightedPipeline).toBeCloseTo(600 + 576 + 1000 + 60, 9);
    // B 1,200 − 720 and E 0 (estimate = plan)
    expect(portfolio.valueAtRisk).toBe(480);
  });

  it('measures the gap to target and the coverage by plans frozen at the freeze level or later', () => {
    expect(portfolio.target).toBe(1_000_000);
    expect(portfolio.gapToTarget).toBeCloseTo(1_000_000 - 2236, 9);
    // A (3), B (4) and C (5) are at or past the freeze level 3: 3,600 of plan.
    expect(portfolio.coverage).toBeCloseTo(3600 / 1_000_000, 12);
  });

  it('has no gap or coverage without a target', () => {
    const none = metricsOf(register(sample().initiatives, { target: null })).portfolio;
    expect(none.gapToTarget).toBeNull();
    expect(none.coverage).toBeNull();
  });

  it('builds the DoI waterfall per ladder level, without cancelled initiatives', () => {
    expect(portfolio.byDoi).toEqual([
      { level: 0, name: 'Defined', count: 0, planTotal: 0 },
      { level: 1, name: 'Identified', count: 1, planTotal: 600 },
      { level: 2, name: 'Detailed', count: 0, planTotal: 0 },
      { level: 3, name: 'Decided', count: 1, planTotal: 1200 },
      { level: 4, name: 'Implemented', count: 1, planTotal: 1200 },
      { level: 5, name: 'Closed', count: 1, planTotal: 1200 },
    ]);
  });

  it('counts initiatives per value status', () => {
    // E planned 600 to date and has no actuals: amber. C closed with 1,000 of 1,200 (below 90 %): red.
    expect(portfolio.byValueStatus).toEqual({ green: 1, amber: 1, red: 2, 'n/a': 0 });
  });

  it('queues decisions and lists watermelons with their reasons', () => {
    expect(portfolio.decisionQueue.map((d) => [d.id, d.suggestion])).toEqual([['B', 'pivot']]);
    expect(portfolio.decisionQueue[0].reason).toContain('value status red');
    expect(portfolio.watermelons).toEqual([
      {
        id: 'B',
        name: 'Initiative B',
        reason:
          'Implementation status is green but value status is red: estimate at completion 720 is 60% of plan total 1,200 (red below 90%).',
        suggestion: 'pivot',
      },
    ]);
  });

  it('groups by program with blanks last, excluding cancelled initiatives', () => {
    expect(portfolio.groupBy).toBe('program');
    expect(portfolio.groups.map((g) => [g.key, g.count, g.planTotal])).toEqual([
      ['Growth', 2, 2400],
      ['Retention', 1, 1200],
      ['(none)', 1, 600],
    ]);
  });

  it('groups by owner, client and workstream too', () => {
    const byOwner = metricsOf(sample(), context({ groupBy: 'owner' })).portfolio.groups;
    expect(byOwner.map((g) => [g.key, g.count])).toEqual([
      ['Ann', 2],
      ['Ben', 1],
      ['Cid', 1],
    ]);
    expect(metricsOf(sample(), context({ groupBy: 'client' })).portfolio.groups.map((g) => g.key)).toEqual([
      '(none)',
    ]);
    expect(metricsOf(sample()).portfolio.groups).toEqual([]);
  });

  it('gives per-period plan, actual and estimate for the chart', () => {
    expect(portfolio.periods).toHaveLength(12);
    expect(portfolio.planByPeriod.slice(0, 3)).toEqual([600, 600, 300]);
    expect(portfolio.actualByPeriod.slice(0, 7)).toEqual([300, 300, 300, 300, 300, 300, 0]);
    // July: A plan 100, B forecast 20, C plan 100
    expect(portfolio.estimateByPeriod[6]).toBe(220);
  });

  it('states the as-of date, its period and the currency', () => {
    expect([portfolio.asOf, portfolio.asOfPeriod, portfolio.currency]).toEqual([
      '2027-06-15',
      '2027-06',
      'EUR',
    ]);
  });

  it('orders the decision queue by suggestion, then by value at risk', () => {
    const red = (id: string, rest: number, actual = 100) =>
      initiative(id, {
        plan: FLAT_PLAN,
        actual: Array<number>(6).fill(actual),
        forecast: Array<number | null>(12).fill(null).fill(rest, 6),
      });
    const reg = register([
      red('amber', 150, 80),
      red('pivot-small', 60),
      red('cancel', 0, 10),
      red('pivot-big', 10),
      initiative('gate', {
        plan: FLAT_PLAN,
        actual: FLAT_PLAN.slice(0, 6),
        doi: 1,
        nextGateDue: '2027-01-01',
      }),
    ]);
    reg.initiatives[0].lastReview = '2027-01-01';
    const queue = metricsOf(reg).portfolio.decisionQueue;
    expect(queue.map((d) => [d.id, d.suggestion])).toEqual([
      ['cancel', 'cancel?'],
      ['pivot-big', 'pivot'],
      ['pivot-small', 'pivot'],
      ['amber', 'accelerate'],
      ['gate', null],
    ]);
  });

  it('is empty but well-formed for an empty register', () => {
    const empty = metricsOf(register([])).portfolio;
    expect(empty.count).toBe(0);
    expect(empty.planTotal).toBe(0);
    expect(empty.byDoi).toHaveLength(6);
    expect(empty.decisionQueue).toEqual([]);
  });
});
