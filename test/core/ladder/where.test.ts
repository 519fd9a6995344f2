import { describe, expect, it } from 'vitest';
import { formatAmount, initiativeLabel, onRegister } from '../../../core/ladder/where.js';
import { initiative, register, rowsOf } from './register-builder.js';

describe('formatAmount', () => {
  it('groups thousands and keeps cents only when there are some', () => {
    expect(formatAmount(118_000)).toBe('118,000');
    expect(formatAmount(1234.5)).toBe('1,234.50');
    expect(formatAmount(-1_200)).toBe('-1,200');
    expect(formatAmount(0)).toBe('0');
    expect(formatAmount(999.999)).toBe('1,000');
    expect(formatAmount(1_234_567.01)).toBe('1,234,567.01');
  });
});

describe('where an initiative is', () => {
  const a = initiative('A');
  const b = initiative('B', { name: '  ' });
  const reg = register([a, b]);
  it('names the PG Register row', () => {
    expect(onRegister(b, rowsOf(reg))).toBe('on PG Register row 3');
    expect(onRegister(a, new Map([['A', 11]]))).toBe('on PG Register row 11');
    expect(onRegister(a)).toBe('in the A row of PG Register');
  });
  it('labels by ID and name', () => {
    expect(initiativeLabel(a)).toBe('A Campaign A');
    expect(initiativeLabel(b)).toBe('B');
  });
});
