/**
 * What one source value covers in the register's periods. Months and quarters map one to one;
 * a whole year (`2016`, or fiscal `FY2027`) is spread evenly over its twelve months.
 */
export function expandPeriod(period: string, fiscalYearStart: number): string[] {
  if (/^\d{4}-(\d{2}|Q[1-4])$/.test(period)) return [period];
  const fiscal = /^FY(\d{4})$/.exec(period);
  const calendar = /^(\d{4})$/.exec(period);
  if (!fiscal && !calendar) return [];
  const year = Number((fiscal ?? calendar)![1]);
  const startMonth = fiscal ? fiscalYearStart : 1;
  const startYear = fiscal && fiscalYearStart > 1 ? year - 1 : year;
  return Array.from({ length: 12 }, (_, i) => monthAfter(startYear, startMonth, i));
}

/** The months from start to due (ISO dates), inclusive; empty when they are missing or reversed. */
export function monthsBetween(start: string | null, due: string | null): string[] {
  if (!start || !due || due < start) return [];
  const y0 = Number(start.slice(0, 4));
  const m0 = Number(start.slice(5, 7));
  const count = (Number(due.slice(0, 4)) - y0) * 12 + Number(due.slice(5, 7)) - m0 + 1;
  if (count > 120) return [];
  return Array.from({ length: count }, (_, i) => monthAfter(y0, m0, i));
}

function monthAfter(year: number, month: number, offset: number): string {
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Split an amount into n parts in whole cents that add up exactly (the last part takes the rest). */
export function splitEvenly(amount: number, parts: number): number[] {
  if (parts <= 1) return [amount];
  const cents = Math.round(amount * 100);
  const each = Math.trunc(cents / parts);
  const out = new Array<number>(parts).fill(each / 100);
  out[parts - 1] = (cents - each * (parts - 1)) / 100;
  return out;
}
