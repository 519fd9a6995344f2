import { parseAddress } from './a1.js';
import type { StoredValue } from './sheet-state.js';

/** Looks a sheet's cell up by sheet name (any case); null when there is no such sheet. */
export type CellLookup = (sheet: string, row: number, col: number) => StoredValue | null;

const REF = String.raw`(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)`;
const SUM = new RegExp(`^=SUM\\(${REF}\\)$`, 'i');
const SINGLE = new RegExp(`^=${REF}$`);

/**
 * The formulas the fake computes, as a person types them over the PG sheets: `=SUM(range)` and a
 * plain reference (`='PG Register'!B2`), each optionally on another sheet. Anything else is
 * `#NAME?`, as Excel shows for a function it does not know.
 */
export function evaluateFormula(formula: string, home: string, lookup: CellLookup): StoredValue {
  const sum = SUM.exec(formula.trim());
  const single = sum ? null : SINGLE.exec(formula.trim());
  const match = sum ?? single;
  if (!match) return '#NAME?';
  const sheet = match[1]?.replace(/''/g, "'") ?? match[2] ?? home;
  let rect;
  try {
    rect = parseAddress(match[3]);
  } catch {
    return '#REF!';
  }
  if (lookup(sheet, 0, 0) === null) return '#REF!';
  if (single) {
    if (rect.rows * rect.cols !== 1) return '#VALUE!';
    return lookup(sheet, rect.row, rect.col) ?? 0;
  }
  let total = 0;
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const v = lookup(sheet, r, c);
      if (typeof v === 'number') total += v;
    }
  return total;
}
