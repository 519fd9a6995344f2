import { FunctionInputError } from './function-input-error.js';

/** A cell from a worksheet-function argument: blank ("" or null) is "no value", not zero. */
export function cellNumber(value: unknown, what: string): number {
  if (value === null || value === undefined || value === '') return Number.NaN;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new FunctionInputError(
    `${what}: ${JSON.stringify(value)} is not a number. Use numbers or leave the cell blank.`,
  );
}

/**
 * A range argument as rows: hosts pass a 2-D array, except that Google Sheets passes the bare
 * value when the range is a single cell.
 */
export function rangeRows(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  return (value as unknown[]).map((row): unknown[] => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

/** A range argument flattened row by row into a series, blanks as NaN. */
export function seriesOf(range: unknown, what: string): Float64Array {
  const cells = rangeRows(range).flat();
  const out = new Float64Array(cells.length);
  cells.forEach((cell, i) => {
    out[i] = cellNumber(cell, `${what}, cell ${i + 1}`);
  });
  return out;
}

/** A required single number. */
export function requiredNumber(value: unknown, what: string): number {
  const n = cellNumber(value, what);
  if (Number.isNaN(n)) throw new FunctionInputError(`${what} is blank: give a number.`);
  return n;
}
