import { describe, expect, it } from 'vitest';
import { FLAG_RULES } from '../../../core/metrics/flags/flag-rules.js';
import { FLAG_CODES } from '../../../core/model/metrics.js';

describe('flag rules table', () => {
  it('has exactly one rule per flag code, in the contract order', () => {
    expect(FLAG_RULES.map((r) => r.code)).toEqual([...FLAG_CODES]);
  });

  it('lists decision required after the overdue rules it reads', () => {
    const codes = FLAG_RULES.map((r) => r.code);
    expect(codes.indexOf('decisionRequired')).toBeGreaterThan(codes.indexOf('reviewOverdue'));
    expect(codes.indexOf('decisionRequired')).toBeGreaterThan(codes.indexOf('gateOverdue'));
  });
});
