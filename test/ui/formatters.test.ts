import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../ui/format/formatters.js';

// Intl output uses narrow no-break spaces in some locales: compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatters', () => {
  it('formats money, numbers and percentages in the locale and currency given', () => {
    const de = createFormatters('EUR', 'de-DE');
    expect(plain(de.money(1234567.4))).toBe('1.234.567 €');
    expect(plain(de.number(1234.567))).toBe('1.234,57');
    expect(plain(de.percent(0.905))).toBe('91 %');
    const us = createFormatters('USD', 'en-US');
    expect(us.money(-1500)).toBe('-$1,500');
  });

  it('shows a dash for a missing or non-finite figure', () => {
    const f = createFormatters('EUR', 'en-GB');
    expect(f.money(null)).toBe('—');
    expect(f.number(undefined)).toBe('—');
    expect(f.percent(Number.NaN)).toBe('—');
  });

  it('still shows amounts when PG Settings names a currency Intl does not know', () => {
    const f = createFormatters('EURO', 'en-GB');
    expect(f.money(2500)).toBe('2,500 EURO');
    expect(f.currency).toBe('EURO');
  });

  it('shows audit times in the locale, and an unreadable time as written', () => {
    const f = createFormatters('EUR', 'en-GB');
    expect(f.dateTime('2027-04-30T09:15:00Z')).toMatch(/30 Apr 2027/);
    expect(f.dateTime('yesterday')).toBe('yesterday');
  });
});
