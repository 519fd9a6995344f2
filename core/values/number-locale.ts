/**
 * Which character separates decimals in numbers typed as text.
 *
 * - `dot`:   1,200.50 — a comma groups thousands ("1,200" is 1200, "1.25" is 1.25).
 * - `comma`: 1.200,50 — a dot groups thousands ("1.200" is 1200, "1,25" is 1.25).
 * - `auto` (default): decided per cell. When both marks appear, the last one is the decimal mark.
 *   A single comma followed by exactly three digits is read as thousands ("1,200" is 1200, "0,500"
 *   is 0.5 because a leading zero cannot be grouped); any other single comma is a decimal comma
 *   ("1,25" is 1.25; "1,2345" is 1.2345). A single dot is always a decimal point ("1.200" is 1.2).
 *   Importers that see a whole column should decide once with `detectNumberLocale`, passing the
 *   file's hint (`ValueHints.decimalMark`) for columns whose cells are all ambiguous.
 */
export type NumberLocale = 'auto' | 'dot' | 'comma';

// A mark followed by exactly three digits could be either; only other shapes count as evidence.
const DECIMAL_COMMA = /^[^\d]*-?\d{1,3}(\.\d{3})+,\d+[^\d]*$|^[^\d]*-?\d+,(\d{1,2}|\d{4,})[^\d]*$/;
const DECIMAL_DOT = /^[^\d]*-?\d{1,3}(,\d{3})+\.\d+[^\d]*$|^[^\d]*-?\d+\.(\d{1,2}|\d{4,})[^\d]*$/;
const THOUSANDS_DOTS = /^[^\d]*-?\d{1,3}(\.\d{3}){2,}[^\d]*$/;
const THOUSANDS_COMMAS = /^[^\d]*-?\d{1,3}(,\d{3}){2,}[^\d]*$/;

/**
 * Decide the decimal mark of a column of text cells: evidence for each side is counted over
 * unambiguous cells ("1.200,50", "3,5", "1.200.000" say comma; "1,200.50", "3.5", "1,200,000" say dot).
 * Returns `hint` (default `auto`) when the column gives no evidence or contradicts itself: a
 * `;`-delimited file passes `comma`, so a column of only `1.200`, `1.500`, `900` reads as
 * thousands there — a dot followed by exactly three digits groups thousands wherever the file's
 * delimiter, a `1.891.919,92`-style cell or a decimal comma in the same column says so.
 */
export function detectNumberLocale(cells: readonly unknown[], hint: NumberLocale = 'auto'): NumberLocale {
  let comma = 0;
  let dot = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const text = cell.replace(/[\s\u00a0\u202f']/g, '');
    if (DECIMAL_COMMA.test(text) || THOUSANDS_DOTS.test(text)) comma++;
    else if (DECIMAL_DOT.test(text) || THOUSANDS_COMMAS.test(text)) dot++;
  }
  if (comma > 0 && dot === 0) return 'comma';
  if (dot > 0 && comma === 0) return 'dot';
  if (comma > dot * 4) return 'comma';
  if (dot > comma * 4) return 'dot';
  return hint;
}
