import type { CellValue } from '../model/cell.js';
import { type Granularity, isPeriod, periodOfDate, type Period } from '../model/period.js';
import { parseDate } from '../values/parse-date.js';

/**
 * A period column header: `2027-03` or `2027-Q1` as written, or a date (some hosts turn the
 * typed text `2027-03` into a date, and people type `01.03.2027`) → its period. Anything else
 * is not a period column (null).
 */
export function periodOfHeader(cell: CellValue | undefined, granularity: Granularity): Period | null {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return null;
  if (typeof cell === 'string') {
    const text = cell.trim().toUpperCase();
    if (isPeriod(text)) return text;
    const loose = /^(\d{4})-(\d{1,2})$/.exec(text);
    if (loose && Number(loose[2]) >= 1 && Number(loose[2]) <= 12)
      return `${loose[1]}-${loose[2].padStart(2, '0')}`;
    if (!/\d{4}/.test(text) && !/^\d+$/.test(text)) return null;
  }
  // A small number is a count, not a date header.
  if (typeof cell === 'number' && cell < 20_000) return null;
  const date = parseDate(cell);
  return date.ok && date.value !== null ? periodOfDate(date.value, granularity) : null;
}
