import type { CellValue } from '../model/cell.js';
import { granularityOf, isPeriod, periodOfDate, type Granularity, type Period } from '../model/period.js';
import { monthFromName, parseDate } from '../values/index.js';

const MONTH_YEAR = /^([\p{L}.]+)[\s\-/']+(\d{2}|\d{4})$/u;
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const QUARTER = /^(?:(\d{4})[\s-]*Q([1-4])|Q([1-4])[\s-]*(\d{4}))$/i;

/**
 * The period a cell of an export names, in the register's granularity: a date (serial or text),
 * `2027-03`, `Mar 2027`, `Mar-27`, `2027-Q1`, `Q1 2027`. A quarter cannot be split into months,
 * so it reads as null for a monthly register. Calendar quarters only: fiscal labels are a plan
 * import concern.
 */
export function readPeriod(cell: CellValue | undefined, granularity: Granularity): Period | null {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return null;
  if (typeof cell === 'number') return dateToPeriod(cell, granularity);
  const text = cell.trim();
  if (text === '') return null;
  if (isPeriod(text)) return inGranularity(text, granularity);
  const ym = YEAR_MONTH.exec(text);
  if (ym) return monthPeriod(Number(ym[1]), Number(ym[2]), granularity);
  const q = QUARTER.exec(text);
  if (q) return inGranularity(`${q[1] ?? q[4]}-Q${q[2] ?? q[3]}`, granularity);
  const my = MONTH_YEAR.exec(text);
  if (my) {
    const month = monthFromName(my[1]);
    const year = my[2].length === 2 ? 2000 + Number(my[2]) : Number(my[2]);
    if (month) return monthPeriod(year, month, granularity);
  }
  return dateToPeriod(text, granularity);
}

function dateToPeriod(cell: string | number, granularity: Granularity): Period | null {
  if (typeof cell === 'number' && (cell < 1 || cell > 2958465)) return null;
  const parsed = parseDate(cell);
  return parsed.ok && parsed.value ? periodOfDate(parsed.value, granularity) : null;
}

function monthPeriod(year: number, month: number, granularity: Granularity): Period | null {
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  return periodOfDate(`${year}-${String(month).padStart(2, '0')}-01`, granularity);
}

function inGranularity(period: Period, granularity: Granularity): Period | null {
  if (granularityOf(period) === granularity) return period;
  if (granularity === 'month') return null;
  return periodOfDate(`${period}-01`, 'quarter');
}
