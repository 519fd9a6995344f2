import { describe, expect, it } from 'vitest';
import { amountMeaning, currencyOfText } from '../../../core/values/amount-meaning.js';

describe('amountMeaning', () => {
  it('reads the currency of $50, USD 60, £80, ¥90 and €100', () => {
    expect(
      ['$50', 'USD 60', '£80', '¥90', '€100', '100 EUR', '1 200 kr', '1200'].map((t) => currencyOfText(t)),
    ).toEqual(['USD', 'USD', 'GBP', 'JPY', 'EUR', 'EUR', null, null]);
  });

  it('refuses another currency than the register’s at its value, unless a rate is given', () => {
    expect(amountMeaning('$50', { currency: 'EUR' })).toEqual({
      ok: false,
      message:
        '"$50" is in USD, but the register reports in EUR: convert it to EUR, or give a rate for USD (how many EUR one USD is worth)',
    });
    expect(amountMeaning('$50', { currency: 'EUR', rates: { USD: 0.9 } })).toEqual({
      ok: true,
      factor: 0.9,
      currency: 'USD',
    });
    expect(amountMeaning('€100', { currency: 'EUR' })).toEqual({ ok: true, factor: 1, currency: 'EUR' });
    expect(amountMeaning('$50', { currency: 'CAD' })).toMatchObject({ ok: true, factor: 1 });
    expect(amountMeaning(50, { currency: 'EUR' })).toMatchObject({ ok: true, factor: 1 });
  });

  it('a percent or a date is not an amount', () => {
    expect(amountMeaning('12 %', { currency: 'EUR' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('is a percent, not an amount') as string,
    });
    for (const date of ['2027-01-15', '15.01.2027', '02/01/2027'])
      expect(amountMeaning(date, { currency: 'EUR' })).toMatchObject({
        ok: false,
        message: expect.stringContaining('is a date, not an amount') as string,
      });
    expect(amountMeaning('1.200.000', { currency: 'EUR' })).toMatchObject({ ok: true });
  });
});
