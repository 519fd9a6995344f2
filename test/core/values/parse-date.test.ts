import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate } from '../../../core/values/parse-date.js';
import { isoDateFromSerial, serialFromIsoDate } from '../../../core/values/serial-date.js';
import { parsePercent } from '../../../core/values/parse-percent.js';
import { parseText } from '../../../core/values/parse-text.js';
import { parseChoice } from '../../../core/values/parse-choice.js';
import { parseCount } from '../../../core/values/parse-integer.js';

const date = (cell: Parameters<typeof parseDate>[0], options?: Parameters<typeof parseDate>[1]) => {
  const read = parseDate(cell, options);
  if (!read.ok) throw new Error(read.message);
  return read.value;
};

describe('parseDate', () => {
  it.each([
    ['2027-03-31', '2027-03-31'],
    ['2027-03-31T09:15:00.000Z', '2027-03-31'],
    ['31.03.2027', '2027-03-31'],
    ['1.4.27', '2027-04-01'],
    ['3/31/2027', '2027-03-31'],
    ['31/03/2027', '2027-03-31'],
    ['03/04/2027', '2027-03-04'],
    ['2027/03/31', '2027-03-31'],
    ['31 Mar 2027', '2027-03-31'],
    ['31-Mar-2027', '2027-03-31'],
    ['31. März 2027', '2027-03-31'],
    ['March 31, 2027', '2027-03-31'],
    ['46477', '2027-03-31'],
    [46477, '2027-03-31'],
    [46477.75, '2027-03-31'],
  ])('reads %j as %s', (cell, expected) => {
    expect(date(cell)).toBe(expected);
  });

  it('reads ambiguous slashes day-first when asked', () => {
    expect(date('03/04/2027', { slashOrder: 'dmy' })).toBe('2027-04-03');
  });

  it('reads blanks as no date and refuses impossible dates with what to type', () => {
    expect(date('')).toBeNull();
    expect(date('--')).toBeNull();
    expect(parseDate('31.02.2027')).toEqual({
      ok: false,
      message: '"31.02.2027" is not a date: type a date such as 2027-03-31 or 31.03.2027',
    });
    expect(parseDate('soon').ok).toBe(false);
    expect(parseDate(-5).ok).toBe(false);
  });

  it('round-trips serial numbers with the 1899-12-30 epoch', () => {
    expect(serialFromIsoDate('1899-12-31')).toBe(1);
    expect(serialFromIsoDate('2027-03-31')).toBe(46477);
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        expect(serialFromIsoDate(isoDateFromSerial(serial))).toBe(serial);
      }),
    );
  });
});

describe('the other readers', () => {
  it('parsePercent reads fractions, percent text and percent points', () => {
    expect(parsePercent(0.9)).toEqual({ ok: true, value: 0.9 });
    expect(parsePercent('90 %')).toEqual({ ok: true, value: 0.9 });
    expect(parsePercent('90')).toEqual({ ok: true, value: 0.9 });
    expect(parsePercent('0,85')).toEqual({ ok: true, value: 0.85 });
    expect(parsePercent('lots')).toEqual({
      ok: false,
      message: '"lots" is not a percentage: type it as 90 % or 0.9',
    });
  });

  it('parseText trims and turns numbers into text', () => {
    expect(parseText('  CAMP-07 ')).toEqual({ ok: true, value: 'CAMP-07' });
    expect(parseText(101)).toEqual({ ok: true, value: '101' });
    expect(parseText('   ')).toEqual({ ok: true, value: null });
  });

  it('parseChoice accepts case and spacing variants and lists the choices otherwise', () => {
    const states = ['active', 'on hold', 'cancelled', 'closed'] as const;
    expect(parseChoice(' On-Hold ', states, 'State')).toEqual({ ok: true, value: 'on hold' });
    expect(parseChoice('canceled', states, 'State', { canceled: 'cancelled' })).toEqual({
      ok: true,
      value: 'cancelled',
    });
    expect(parseChoice('paused', states, 'State')).toEqual({
      ok: false,
      message: '"paused" is not a valid State: choose one of active, on hold, cancelled, closed',
    });
  });

  it('parseCount wants whole numbers', () => {
    expect(parseCount('30')).toEqual({ ok: true, value: 30 });
    expect(parseCount('2.5').ok).toBe(false);
  });
});

describe('isoDateFromSerial', () => {
  it('agrees with the calendar for every day from 1900-03-01 to 9999-12-31', () => {
    const epoch = Date.UTC(1899, 11, 30);
    for (let serial = 61; serial <= 2_958_465; serial += 1) {
      const expected = new Date(epoch + serial * 86_400_000).toISOString().slice(0, 10);
      if (isoDateFromSerial(serial) !== expected)
        throw new Error(`serial ${serial}: ${isoDateFromSerial(serial)} ≠ ${expected}`);
    }
  });
});
