import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readKeyList, writeKeyList } from '../../../core/values/key-list.js';

describe('readKeyList', () => {
  it.each([
    ['CAMP-7', ['CAMP-7']],
    ['7011A, CC-400;X-1\nY-2', ['7011A', 'CC-400', 'X-1', 'Y-2']],
    ['"Müller, Hans GmbH", CAMP-7', ['Müller, Hans GmbH', 'CAMP-7']],
    ['CAMP-7 ,  "Müller, Hans GmbH"', ['CAMP-7', 'Müller, Hans GmbH']],
    ['"Say ""hi"", please"', ['Say "hi", please']],
    ['“Müller, Hans GmbH”; X', ['Müller, Hans GmbH', 'X']],
    ['„Müller, Hans GmbH“, X', ['Müller, Hans GmbH', 'X']],
    ['"Müller, Hans" GmbH, X', ['Müller, Hans GmbH', 'X']],
    ['12" pipe, O\'Brien', ['12" pipe', "O'Brien"]],
    [' , ,; \n', []],
    ['', []],
    ['"", A', ['A']],
    ['A,\u00a0B\u00a0', ['A', 'B']],
  ])('%j reads as %j', (text, keys) => {
    expect(readKeyList(text)).toEqual({ keys, problem: null });
  });

  it('reads on past a quote that is never closed, and says what to fix', () => {
    expect(readKeyList('"Müller, Hans GmbH, CAMP-7')).toEqual({
      keys: ['"Müller', 'Hans GmbH', 'CAMP-7'],
      problem:
        'the quote at "Müller, Hans GmbH, CAMP-7 is never closed: add a closing quote after the key, or remove this one.',
    });
  });
});

describe('writeKeyList', () => {
  it('quotes only the keys that need it, so plain keys read exactly as before', () => {
    expect(writeKeyList(['7011A', 'CC-400'])).toBe('7011A, CC-400');
    expect(writeKeyList(['Müller, Hans GmbH', 'CAMP-7'])).toBe('"Müller, Hans GmbH", CAMP-7');
    expect(writeKeyList(['a;b', 'line\nbreak', '"quoted"', '12" pipe'])).toBe(
      '"a;b", "line\nbreak", """quoted""", 12" pipe',
    );
    expect(writeKeyList([])).toBe('');
  });

  it('round-trips any list of trimmed, non-blank keys', () => {
    const keyText = fc
      .string({
        unit: fc.constantFrom('a', 'Z', '7', ' ', ',', ';', '\n', '"', '“', '”', '„', "'", 'ü', '-'),
        minLength: 1,
        maxLength: 10,
      })
      .map((s) => s.trim())
      .filter((s) => s !== '');
    fc.assert(
      fc.property(fc.array(keyText, { maxLength: 6 }), (keys) => {
        expect(readKeyList(writeKeyList(keys))).toEqual({ keys, problem: null });
      }),
      { numRuns: 2000 },
    );
  });
});
