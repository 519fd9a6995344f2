import { describe, expect, it } from 'vitest';
import {
  FLAT_PLAN,
  context,
  flagCodes,
  flagOf,
  initiative,
  metricsOf,
  only,
  register,
  series,
} from './builders.js';

/** Plan 1,200; actual 100 a month to date; forecast 20 a month after: estimate 720 (60 %): red, pivot. */
const RED = {
  plan: FLAT_PLAN,
  actual: [100, 100, 100, 100, 100, 100],
  forecast: [null, null, null, null, null, null, 20, 20, 20, 20, 20, 20],
};
/** Estimate 600 + 6 × 5 = 630 (52.5 %) → pivot; 600 + 0 = 600 → 50 % exactly → pivot; below → cancel?. */
const restOf = (rest: number) => ({
  ...RED,
  forecast: [null, null, null, null, null, null, ...Array<number>(6).fill(rest)],
});

describe('watermelon', () => {
  it('fires when implementation is green and value is red, naming the numbers', () => {
    const m = only({ ...RED, implementationStatus: 'green' });
    expect(flagOf(m, 'watermelon')?.reason).toBe(
      'Implementation status is green but value status is red: estimate at completion 720 is 60% of plan total 1,200 (red below 90%).',
    );
  });

  it('does not fire when implementation is amber or red, or value is not red', () => {
    expect(flagCodes(only({ ...RED, implementationStatus: 'amber' }))).not.toContain('watermelon');
    expect(flagCodes(only({ ...RED, implementationStatus: null }))).not.toContain('watermelon');
    expect(flagCodes(only({ plan: FLAT_PLAN, implementationStatus: 'green' }))).not.toContain('watermelon');
  });
});

describe('review overdue', () => {
  it('fires when the as-of date is past last review + interval', () => {
    const m = only({ plan: FLAT_PLAN, lastReview: '2027-03-26', reviewEveryDays: 30 });
    expect(flagOf(m, 'reviewOverdue')?.reason).toBe(
      'Last review 2027-03-26 is 81 days before the as-of date 2027-06-15; reviews are due every 30 days.',
    );
  });

  it('does not fire on the day the review falls due', () => {
    const m = only({ plan: FLAT_PLAN, lastReview: '2027-05-16', reviewEveryDays: 30 });
    expect(flagCodes(m)).not.toContain('reviewOverdue');
    const late = only({ plan: FLAT_PLAN, lastReview: '2027-05-15', reviewEveryDays: 30 });
    expect(flagOf(late, 'reviewOverdue')?.reason).toContain('31 days before');
  });

  it('uses the default interval from the settings when the initiative has none', () => {
    const spec = { plan: FLAT_PLAN, lastReview: '2027-05-01', reviewEveryDays: null };
    expect(flagCodes(only(spec, { defaultReviewDays: 30 }))).toContain('reviewOverdue');
    expect(flagCodes(only(spec, { defaultReviewDays: 60 }))).not.toContain('reviewOverdue');
  });

  it('measures an initiative never reviewed from its start date', () => {
    const m = only({ plan: FLAT_PLAN, lastReview: null, start: '2027-01-01' });
    expect(flagOf(m, 'reviewOverdue')?.reason).toBe(
      'No review recorded since the start on 2027-01-01, 165 days before the as-of date 2027-06-15; reviews are due every 30 days.',
    );
    expect(flagCodes(only({ plan: FLAT_PLAN, lastReview: null, start: '2027-06-01' }))).not.toContain(
      'reviewOverdue',
    );
    expect(flagCodes(only({ plan: FLAT_PLAN, lastReview: null, start: null }))).not.toContain(
      'reviewOverdue',
    );
  });

  it('does not fire for closed or cancelled initiatives', () => {
    const old = { plan: FLAT_PLAN, lastReview: '2026-01-01' };
    expect(flagCodes(only({ ...old, state: 'closed', doi: 5 }))).not.toContain('reviewOverdue');
    expect(flagCodes(only({ ...old, state: 'cancelled' }))).toEqual([]);
    expect(flagCodes(only({ ...old, state: 'on hold' }))).toContain('reviewOverdue');
  });
});

describe('gate overdue', () => {
  it('fires when the as-of date is past the next gate due date, naming the gate', () => {
    const m = only({ plan: FLAT_PLAN, doi: 2, nextGateDue: '2027-06-01' });
    expect(flagOf(m, 'gateOverdue')?.reason).toBe(
      'Gate to 3 Decided was due 2027-06-01, 14 days before the as-of date 2027-06-15.',
    );
  });

  it('does not fire on the due date, without a date, or at the top of the ladder', () => {
    expect(flagCodes(only({ plan: FLAT_PLAN, doi: 2, nextGateDue: '2027-06-15' }))).not.toContain(
      'gateOverdue',
    );
    expect(flagCodes(only({ plan: FLAT_PLAN, doi: 2, nextGateDue: null }))).not.toContain('gateOverdue');
    expect(
      flagCodes(only({ plan: FLAT_PLAN, doi: 5, state: 'closed', nextGateDue: '2027-01-01' })),
    ).not.toContain('gateOverdue');
  });
});

// PRODUCT.md now raises it from the plan-freeze level on (it was the level below sign-off) and
// names the months and the amount assumed on plan.
describe('missing actuals', () => {
  it('fires from the plan-freeze level when a period to date has plan but no actual, naming months and amount', () => {
    const m = only({ plan: FLAT_PLAN, doi: 3, actual: [100, 100, null, 100, null, 100] });
    expect(flagOf(m, 'missingActuals')?.reason).toBe(
      'DoI 3 Decided but 2027-03, 2027-05 have plan and no actual up to 2027-06. 200 of the estimate at completion is assumed on plan. Enter or import the actuals.',
    );
  });

  it('names the first six months and counts the rest', () => {
    const months = Array.from({ length: 12 }, (_, m) => `2027-${String(m + 1).padStart(2, '0')}`);
    const m = only({ plan: FLAT_PLAN, doi: 4 }, { asOf: '2027-12-31' });
    expect(flagOf(m, 'missingActuals')?.reason).toBe(
      `DoI 4 Implemented but ${months.slice(0, 6).join(', ')} and 6 more have plan and no actual up to 2027-12. 1,200 of the estimate at completion is assumed on plan. Enter or import the actuals.`,
    );
  });

  it('says a forecast stands in when nothing is assumed on plan', () => {
    const m = only({
      plan: FLAT_PLAN,
      doi: 4,
      actual: [100, 100, 100, 100, 100],
      forecast: [null, null, null, null, null, 90],
    });
    expect(flagOf(m, 'missingActuals')?.reason).toBe(
      'DoI 4 Implemented but 2027-06 has plan and no actual up to 2027-06. Their forecast stands in for the actual. Enter or import the actuals.',
    );
  });

  it('names the single period when only one is missing', () => {
    const m = only({ plan: FLAT_PLAN, doi: 5, state: 'closed', actual: [100, 100, 100, 100, 100] });
    expect(flagOf(m, 'missingActuals')?.reason).toBe(
      'DoI 5 Closed but 2027-06 has plan and no actual up to 2027-06. The estimate at completion is the confirmed value. Enter or import the actuals.',
    );
  });

  it('does not fire below the plan-freeze level, for future periods, for zero plan, or when an actual of 0 is entered', () => {
    expect(flagCodes(only({ plan: FLAT_PLAN, doi: 2 }))).not.toContain('missingActuals');
    const allToDate = [100, 100, 100, 100, 100, 100];
    expect(flagCodes(only({ plan: FLAT_PLAN, doi: 4, actual: allToDate }))).not.toContain('missingActuals');
    expect(flagCodes(only({ plan: [0, 0, 0, 0, 0, 0, 100], doi: 4 }))).not.toContain('missingActuals');
    expect(flagCodes(only({ plan: FLAT_PLAN, doi: 4, actual: [0, 0, 0, 0, 0, 0] }))).not.toContain(
      'missingActuals',
    );
  });
});

describe('no value planned', () => {
  const NO_PLAN =
    'No plan values: add the expected value per period in PG Plan (or a plan total) before it can pass';

  it('fires on a live initiative with every plan cell blank, naming the gate that needs a plan total', () => {
    expect(flagOf(only({ doi: 1 }), 'noValuePlanned')?.reason).toBe(`${NO_PLAN} the gate to 2 Detailed.`);
    expect(flagOf(only({ doi: 0, state: 'on hold' }), 'noValuePlanned')?.reason).toBe(
      `${NO_PLAN} the gate to 2 Detailed.`,
    );
  });

  it('fires when the plan sums to 0, and says past that gate that the next one needs it', () => {
    expect(flagOf(only({ plan: [0, 0, 0], doi: 2 }), 'noValuePlanned')?.reason).toBe(
      `${NO_PLAN} the next gate (a plan total is needed from 2 Detailed on).`,
    );
  });

  it('says "the gate that needs a plan total" when no gate of the ladder names the criterion', () => {
    const base = register([]).settings.ladder;
    const ladder = {
      ...base,
      levels: base.levels.map((l) => ({ ...l, criteria: l.criteria.filter((c) => c !== 'plan') })),
    };
    expect(flagOf(only({ doi: 1 }, { ladder }), 'noValuePlanned')?.reason).toBe(
      `${NO_PLAN} the gate that needs a plan total.`,
    );
  });

  it('does not fire with a plan value, a negative plan total, or once closed or cancelled', () => {
    expect(flagCodes(only({ plan: [null, 0, 50], doi: 1 }))).not.toContain('noValuePlanned');
    expect(flagCodes(only({ plan: [-200], doi: 1 }))).not.toContain('noValuePlanned');
    expect(flagCodes(only({ doi: 5, state: 'closed' }))).not.toContain('noValuePlanned');
    expect(flagCodes(only({ doi: 1, state: 'cancelled' }))).not.toContain('noValuePlanned');
  });
});

describe('baseline drift', () => {
  it('fires when the plan differs from the frozen baseline, naming the first period and the totals', () => {
    const baseline = series([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
    const m = only(
      { plan: [100, 100, 100, 100, 100, 100, 150, 150], doi: 3 },
      {},
      context({ baselines: new Map([['A', baseline]]) }),
    );
    expect(flagOf(m, 'baselineDrift')?.reason).toBe(
      'Plan differs from the frozen baseline in 6 periods (first 2027-07: plan 150, baseline 100); plan total 900 vs baseline 1,200, with no approved re-baseline.',
    );
  });

  it('treats blank and 0 as different', () => {
    const m = only({ plan: [0], doi: 3 }, {}, context({ baselines: new Map([['A', series([null])]]) }));
    expect(flagOf(m, 'baselineDrift')?.reason).toContain('(first 2027-01: plan 0, baseline blank)');
  });

  it('does not fire when the plan equals the baseline to the cent, or without a baseline', () => {
    const ctx = context({ baselines: new Map([['A', series(FLAT_PLAN.map((v) => (v ?? 0) + 0.001))]]) });
    expect(flagCodes(only({ plan: FLAT_PLAN, doi: 3 }, {}, ctx))).not.toContain('baselineDrift');
    expect(flagCodes(only({ plan: FLAT_PLAN, doi: 3 }))).not.toContain('baselineDrift');
  });
});

describe('overlap', () => {
  it('fires on both initiatives sharing a key with plan in the same period, naming the other and the period', () => {
    const reg = register([
      initiative('A', { name: 'Spring push', keys: ['CRM-7'], plan: [null, null, 100, 100] }),
      initiative('B', { name: 'Easter promo', keys: [' crm-7 ', 'CC-1'], plan: [null, null, null, 50] }),
    ]);
    const [a, b] = metricsOf(reg).initiatives;
    expect(flagOf(a, 'overlap')?.reason).toBe(
      'Key "CRM-7" is also used by B (Easter promo); both plan value in 2027-04, so it may be counted twice.',
    );
    expect(flagOf(b, 'overlap')?.reason).toBe(
      'Key "CRM-7" is also used by A (Spring push); both plan value in 2027-04, so it may be counted twice.',
    );
  });

  it('counts further initiatives planning under the same key in that period', () => {
    const reg = register(['A', 'B', 'C'].map((id) => initiative(id, { keys: ['K'], plan: [10] })));
    expect(flagOf(metricsOf(reg).initiatives[0], 'overlap')?.reason).toContain('(1 more initiative too).');
  });

  it('does not fire for different periods, different keys, a cancelled partner, or zero plan', () => {
    const check = (other: Parameters<typeof initiative>[1]) => {
      const reg = register([initiative('A', { keys: ['K'], plan: [100] }), initiative('B', other)]);
      return flagCodes(metricsOf(reg).initiatives[0]);
    };
    expect(check({ keys: ['K'], plan: [null, 100] })).not.toContain('overlap');
    expect(check({ keys: ['L'], plan: [100] })).not.toContain('overlap');
    expect(check({ keys: ['K'], plan: [100], state: 'cancelled' })).not.toContain('overlap');
    expect(check({ keys: ['K'], plan: [0] })).not.toContain('overlap');
    expect(check({ keys: ['', ' '], plan: [100] })).not.toContain('overlap');
  });

  it('does not flag an initiative that lists the same key twice', () => {
    expect(flagCodes(only({ keys: ['K', 'k'], plan: [100] }))).not.toContain('overlap');
  });
});

describe('modified after sign-off', () => {
  it('fires with the changed fields from the governance module', () => {
    const ctx = context({ signOffChanges: new Map([['A', ['plan', 'confirmed value']]]) });
    const m = only({ plan: FLAT_PLAN, doi: 5, state: 'closed', confirmedValue: 1200 }, {}, ctx);
    expect(flagOf(m, 'modifiedAfterSignOff')?.reason).toBe(
      'Changed after sign-off: plan, confirmed value no longer match the sealed values; ask the controller to review and sign off again.',
    );
  });

  it('does not fire without changes', () => {
    const ctx = context({ signOffChanges: new Map([['A', []]]) });
    const closed = { plan: FLAT_PLAN, actual: FLAT_PLAN.slice(0, 6), doi: 5, state: 'closed' as const };
    expect(flagCodes(only(closed, {}, ctx))).toEqual([]);
  });
});

describe('decision required and its suggestion', () => {
  it('suggests a pivot when red with at least half the plan expected', () => {
    const m = only(restOf(5));
    const flag = flagOf(m, 'decisionRequired');
    expect(flag?.suggestion).toBe('pivot');
    expect(flag?.reason).toBe(
      'Decision required: value status red (estimate at completion 630 is 52.5% of plan total 1,200). Discuss: pivot — at least half the plan is still expected.',
    );
    expect(flagOf(only(restOf(0)), 'decisionRequired')?.suggestion).toBe('pivot');
  });

  it('suggests cancel? when red with less than half the plan expected', () => {
    const spec = { plan: FLAT_PLAN, actual: [50, 50, 50, 50, 50, 50], forecast: [] };
    // Exactly half is still a pivot; one cent per month less is a cancel? prompt.
    const half = flagOf(only({ ...spec, forecast: Array(12).fill(null).fill(50, 6) }), 'decisionRequired');
    expect(half?.suggestion).toBe('pivot');
    expect(half?.reason).toContain('estimate at completion 600 is 50% of plan total 1,200');
    const worse = flagOf(
      only({ ...spec, forecast: Array(12).fill(null).fill(49.99, 6) }),
      'decisionRequired',
    );
    expect(worse?.suggestion).toBe('cancel?');
    expect(worse?.reason).toBe(
      'Decision required: value status red (estimate at completion 599.94 is 49.9% of plan total 1,200). Discuss: cancel? — less than half the plan is expected.',
    );
  });

  it('suggests accelerate when amber and a review is overdue', () => {
    const m = only({
      plan: FLAT_PLAN,
      actual: [80, 80, 80, 80, 80, 80],
      forecast: Array(12).fill(null).fill(150, 6),
      lastReview: '2027-01-01',
    });
    expect(m.valueStatus).toBe('amber');
    expect(flagOf(m, 'decisionRequired')).toEqual({
      code: 'decisionRequired',
      reason:
        'Decision required: review overdue since 31 January 2027. Discuss: accelerate — value is behind plan to date.',
      suggestion: 'accelerate',
    });
  });

  it('is raised by an overdue gate on a green initiative, without a suggestion', () => {
    const m = only({ plan: FLAT_PLAN, actual: FLAT_PLAN.slice(0, 6), doi: 2, nextGateDue: '2027-06-01' });
    expect(flagOf(m, 'decisionRequired')).toEqual({
      code: 'decisionRequired',
      reason: 'Decision required: gate to 3 Decided overdue since 1 June 2027.',
    });
  });

  it('is not raised for amber alone, for green, or for closed initiatives', () => {
    const amber = {
      plan: FLAT_PLAN,
      actual: [80, 80, 80, 80, 80, 80],
      forecast: Array(12).fill(null).fill(150, 6),
    };
    expect(flagCodes(only(amber))).toEqual([]);
    expect(flagCodes(only({ plan: FLAT_PLAN, actual: FLAT_PLAN.slice(0, 6) }))).toEqual([]);
    expect(flagCodes(only({ ...RED, state: 'closed', doi: 5 }))).not.toContain('decisionRequired');
  });

  it('lists flags in the contract order', () => {
    const m = only({
      ...RED,
      implementationStatus: 'green',
      lastReview: '2027-01-01',
      nextGateDue: '2027-02-01',
    });
    expect(flagCodes(m)).toEqual(['watermelon', 'reviewOverdue', 'gateOverdue', 'decisionRequired']);
    expect(flagOf(m, 'decisionRequired')?.reason).toContain(
      '; review overdue since 31 January 2027; gate to 1 Identified overdue since 1 February 2027. Discuss: pivot',
    );
    // Said once, in words: no internal code in what people read.
    expect(flagOf(m, 'decisionRequired')?.reason).not.toMatch(/decisionRequired|reviewOverdue|gateOverdue/);
  });
});
