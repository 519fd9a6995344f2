/**
 * Whether a column of dates mixes day-first and month-first writing: `31.01.2027` (dots are
 * day-first) or `31/01/2027` beside `02/01/2027`, which reads as 2 January day-first and as
 * 1 February month-first. Such a column cannot be read without asking.
 */
import type { CellValue } from '../model/cell.js';

const DOTS = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})$/;
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;

export interface MixedDateOrder {
  /** Index of the first cell that reads two ways, and its text. */
  ambiguous: { index: number; text: string };
  /** Index of the first cell written the other way round, and its text. */
  evidence: { index: number; text: string };
  /** How the ambiguous cells are read meanwhile. */
  assumed: 'month-first';
}

export function mixedDateOrder(cells: readonly CellValue[]): MixedDateOrder | null {
  let ambiguous: MixedDateOrder['ambiguous'] | null = null;
  let dayFirst: MixedDateOrder['evidence'] | null = null;
  cells.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const text = cell.trim();
    const dots = DOTS.exec(text);
    if (dots) {
      if (Number(dots[1]) > 12 && dayFirst === null) dayFirst = { index, text };
      return;
    }
    const slashed = SLASHED.exec(text);
    if (!slashed) return;
    const first = Number(slashed[1]);
    const second = Number(slashed[2]);
    if (first > 12 && dayFirst === null) dayFirst = { index, text };
    else if (first <= 12 && second <= 12 && first !== second && ambiguous === null)
      ambiguous = { index, text };
  });
  return ambiguous && dayFirst ? { ambiguous, evidence: dayFirst, assumed: 'month-first' } : null;
}
