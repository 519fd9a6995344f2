import type { UtilitiesApi } from './apps-script-api.js';

const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSS";

/**
 * Turns the `Date`s that `getValues` returns into spreadsheet serial numbers (days since
 * 1899-12-30). Sheets hands a date cell over as the instant at that wall-clock time in the
 * spreadsheet's time zone, so the serial comes from the wall clock in that zone, not from UTC.
 * Intl does the zone arithmetic in-process; `Utilities.formatDate` (a service call) is the
 * fallback. Results are memoised per instant: registers repeat the same dates a lot.
 */
export function createSerialOfDate(timeZone: string, utilities: UtilitiesApi): (date: Date) => number {
  const wallClock = intlWallClock(timeZone) ?? ((d: Date) => utilities.formatDate(d, timeZone, PATTERN));
  const memo = new Map<number, number>();
  return (date) => {
    const key = date.getTime();
    let serial = memo.get(key);
    if (serial === undefined) {
      serial = serialOfWallClock(wallClock(date));
      memo.set(key, serial);
    }
    return serial;
  };
}

/** `yyyy-MM-ddTHH:mm:ss.SSS` wall-clock text → serial number. */
export function serialOfWallClock(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})$/.exec(text);
  if (!m) throw new Error(`Unexpected date text "${text}".`);
  const [y, mo, d, h, mi, s, ms] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return (Date.UTC(y, mo - 1, d, h, mi, s, ms) - EPOCH_UTC) / DAY_MS;
}

function intlWallClock(timeZone: string): ((date: Date) => string) | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    return null;
  }
  return (date) => {
    const p: Record<string, string> = {};
    for (const part of format.formatToParts(date)) p[part.type] = part.value;
    const ms = String(((date.getTime() % 1000) + 1000) % 1000).padStart(3, '0');
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}.${ms}`;
  };
}
