import { describe, expect, it } from 'vitest';
import { FLAT_PLAN, only, type Series } from './builders.js';

/** Forecast for July–December so the estimate at completion is 600 + 6 × rest. */
function withRest(
  rest: number,
  actualPerMonth: number | null = 100,
): { plan: Series; forecast: Series; actual: Series } {
  return {
    plan: FLAT_PLAN,
    actual: Array.from({ length: 6 }, () => actualPerMonth),
    forecast: [null, null, null, null, null, null, ...Array.from({ length: 6 }, () => rest)],
  };
}

describe('value status', () => {
  it('is n/a when plan total is 0 or negative', () => {
    expect(only({ plan: [] }).valueStatus).toBe('n/a');
    expect(only({ plan: [0, 0] }).valueStatus).toBe('n/a');
    expect(only({ plan: [-100] }).valueStatus).toBe('n/a');
  });

  it('is red when the estimate at completion is below 90 % of plan total', () => {
    // 600 actual + 6 × 79 = 1,074 < 1,080
    expect(only(withRest(79)).valueStatus).toBe('red');
  });

  it('is not red at exactly 90 % of plan total', () => {
    // 600 + 6 × 80 = 1,080 = 0.9 × 1,200
    expect(only(withRest(80)).valueStatus).toBe('green');
  });

  it('is amber when realization is below 90 % and the full effect is still expected', () => {
    // actual to date 6 × 89 = 534 < 540 = 0.9 × 600; estimate 534 + 6 × 120 = 1,254
    expect(only(withRest(120, 89)).valueStatus).toBe('amber');
  });

  it('is green at exactly 90 % realization', () => {
    expect(only(withRest(120, 90)).valueStatus).toBe('green');
  });

  it('prefers red over amber', () => {
    expect(only(withRest(10, 50)).valueStatus).toBe('red');
  });

  it('is green when nothing was planned to date (no realization to be late on)', () => {
    expect(only({ plan: [null, null, null, null, null, null, 500] }).valueStatus).toBe('green');
  });

  it('reads both thresholds from the settings', () => {
    expect(only(withRest(90), { redBelow: 0.96 }).valueStatus).toBe('red');
    expect(only(withRest(120, 94), { amberBelow: 0.95 }).valueStatus).toBe('amber');
    expect(only(withRest(120, 94)).valueStatus).toBe('green');
  });
});
