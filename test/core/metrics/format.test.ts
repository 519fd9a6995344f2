import { describe, expect, it } from 'vitest';
import { formatAmount, formatPercent } from '../../../core/metrics/format.js';

describe('numbers in flag reasons', () => {
  it('groups thousands and keeps cents only when there are any', () => {
    expect(formatAmount(1234567)).toBe('1,234,567');
    expect(formatAmount(1234.5)).toBe('1,234.50');
    expect(formatAmount(-0.004)).toBe('0');
    expect(formatAmount(-1200.256)).toBe('-1,200.26');
  });

  it('shows percentages rounded down to a tenth, never up to a threshold', () => {
    expect(formatPercent(0.6)).toBe('60%');
    expect(formatPercent(0.29)).toBe('29%');
    expect(formatPercent(0.525)).toBe('52.5%');
    expect(formatPercent(0.49995)).toBe('49.9%');
    expect(formatPercent(0.9)).toBe('90%');
  });
});
