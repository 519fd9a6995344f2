import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumber } from '../../../core/values/parse-number.js';
import { detectNumberLocale } from '../../../core/values/number-locale.js';

const value = (cell: Parameters<typeof parseNumber>[0], options?: Parameters<typeof parseNumber>[1]) => {
  const read = parseNumber(cell, options);
  if (!read.ok) throw new Error(read.message);
  return read.value;
};

describe('parseNumber', () => {
  it.each([
    ['1,200', 1200],
    ['1.200,50', 1200.5],
    ['1,200.50', 1200.5],
    ['1 200', 1200],
    ['1\u00a0200,5', 1200.5],
    ["1'200", 1200],
    ['€ 1,200', 1200],
    ['1.234 €', 1.234],
    ['EUR 1,200', 1200],
    ['1200 USD', 1200],
    ['$1.2k', 1200],
    ['3m', 3_000_000],
    ['2,5 Mio', 2_500_000],
    ['1 bn', 1e9],
    ['(1,200)', -1200],
    ['-1,200', -1200],
    ['−45', -45],
    ['1.200,00-', -1200],
    ['€ (1,200)', -1200],
    ['12 %', 0.12],
    ['12%', 0.12],
    ['1,25', 1.25],
    ['0,500', 0.5],
    ['1.200.000', 1_200_000],
    ['1,200,000', 1_200_000],
    ['.5', 0.5],
    ['  42  ', 42],
    ['1e3', 1000],
  ])('reads %j as %d', (cell, expected) => {
    expect(value(cell)).toBe(expected);
  });

  it.each(['', '  ', '-', '--', 'n/a', 'N/A', '—'])('reads %j as blank, never zero', (cell) => {
    expect(value(cell)).toBeNull();
  });

  it('keeps numbers and blank cells as they are', () => {
    expect(value(1200.5)).toBe(1200.5);
    expect(value(null)).toBeNull();
  });

  it('applies the locale hint to ambiguous cells', () => {
    expect(value('1,200', { locale: 'comma' })).toBe(1.2);
    expect(value('1.200', { locale: 'comma' })).toBe(1200);
    expect(value('1.200', { locale: 'dot' })).toBe(1.2);
    expect(value('1,200', { locale: 'dot' })).toBe(1200);
  });

  it('reports spreadsheet errors, or reads them as blank when asked', () => {
    const read = parseNumber('#DIV/0!');
    expect(read).toEqual({
      ok: false,
      message:
        'The cell shows the spreadsheet error #DIV/0!: fix the formula behind it, or type a number or clear the cell',
    });
    expect(value('#N/A', { spreadsheetErrors: 'blank' })).toBeNull();
  });

  it('says what to type instead of unreadable text', () => {
    expect(parseNumber('abc')).toEqual({
      ok: false,
      message: '"abc" is not a number: type an amount such as 1200, 1,200.50 or (1,200) for a negative',
    });
    expect(parseNumber('1,2,3').ok).toBe(false);
    expect(parseNumber('1 2').ok).toBe(false);
    expect(parseNumber(true).ok).toBe(false);
  });

  it('reads back any amount written with thousands separators either way', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const amount = whole + (Math.sign(whole || 1) * cents) / 100;
        const en = amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        const de = amount.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        expect(value(en)).toBeCloseTo(amount, 6);
        expect(value(de)).toBeCloseTo(amount, 6);
      }),
    );
  });
});

describe('detectNumberLocale', () => {
  it('decides a column from its unambiguous cells', () => {
    expect(detectNumberLocale(['1.200,50', '3,5', '1.200'])).toBe('comma');
    expect(detectNumberLocale(['1,200.50', '3.5', '1,200'])).toBe('dot');
    expect(detectNumberLocale(['1,200', 12, null])).toBe('auto');
  });
});
