import { describe, expect, it } from 'vitest';
import { detectNumberLocale } from '../../../core/values/number-locale.js';
import { parseNumber } from '../../../core/values/parse-number.js';
import type { NumberLocale } from '../../../core/values/number-locale.js';

function valueOf(text: string, locale: NumberLocale): number | null {
  const parsed = parseNumber(text, { locale });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

describe('decimal-mark hint of the file', () => {
  it('reads a column of only "1.200", "1.500", "900" as thousands when the file says decimal comma', () => {
    const cells = ['1.200', '1.500', '900'];
    expect(detectNumberLocale(cells)).toBe('auto');
    const locale = detectNumberLocale(cells, 'comma');
    expect(locale).toBe('comma');
    expect(cells.map((c) => valueOf(c, locale))).toEqual([1200, 1500, 900]);
  });

  it('lets the column overrule the hint when its cells clearly use a decimal point', () => {
    expect(detectNumberLocale(['3.25', '1,200.50', '1.200'], 'comma')).toBe('dot');
  });

  it('reads "1.200" as thousands when the column elsewhere shows "1.891.919,92"', () => {
    const locale = detectNumberLocale(['1.200', '1.891.919,92']);
    expect(valueOf('1.200', locale)).toBe(1200);
  });
});

describe('#N/A as the null mark of a text export', () => {
  it('reads #N/A as no value but still reports #DIV/0! under na-blank', () => {
    expect(parseNumber('#N/A', { spreadsheetErrors: 'na-blank' })).toMatchObject({ ok: true, value: null });
    expect(parseNumber('#DIV/0!', { spreadsheetErrors: 'na-blank' }).ok).toBe(false);
    expect(parseNumber('#N/A').ok).toBe(false);
  });
});
