import { describe, expect, it } from 'vitest';
import { FunctionInputError } from '../../../core/functions/function-input-error.js';
import { eac } from '../../../core/functions/plangate-functions.js';
import { rangeRows, requiredNumber, seriesOf } from '../../../core/functions/read-arguments.js';

describe('worksheet-function arguments', () => {
  it('read a range as rows whether the host passes a 2-D array or one cell’s bare value', () => {
    expect(
      rangeRows([
        [1, ''],
        [3, 4],
      ]),
    ).toEqual([
      [1, ''],
      [3, 4],
    ]);
    expect(rangeRows(7)).toEqual([[7]]);
    expect(rangeRows([5, 6])).toEqual([[5], [6]]);
    expect(Array.from(seriesOf([[1, '', 3]], 'plan'))).toEqual([1, Number.NaN, 3]);
    expect(eac(100, '', 80)).toBe(80);
  });

  it('name the argument and cell that is not a number, and a blank where a number is needed', () => {
    expect(() => seriesOf([[1, 'abc']], 'plan')).toThrow(
      new FunctionInputError('plan, cell 2: "abc" is not a number. Use numbers or leave the cell blank.'),
    );
    expect(() => requiredNumber('', 'planTotal')).toThrow('planTotal is blank: give a number.');
  });
});
