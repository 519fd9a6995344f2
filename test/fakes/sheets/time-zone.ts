/**
 * Wall-clock arithmetic in a named time zone. Google Sheets stores a date as a serial number
 * of days since 1899-12-30 and hands it to scripts as the `Date` at that wall-clock time in the
 * spreadsheet's time zone; the fake does the same, so a script that ignores the zone gets caught.
 */
const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    millisecond: ((instant.getTime() % 1000) + 1000) % 1000,
  };
}

function wallAsUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/** The instant at which the zone's clocks show `wall`. */
export function instantOf(wall: WallClock, timeZone: string): Date {
  const target = wallAsUtc(wall);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const offset = wallAsUtc(wallClockOf(new Date(guess), timeZone)) - guess;
    guess = target - offset;
  }
  return new Date(guess);
}

export function serialToDate(serial: number, timeZone: string): Date {
  const utc = new Date(EPOCH_UTC + Math.round(serial * DAY_MS));
  return instantOf(
    {
      year: utc.getUTCFullYear(),
      month: utc.getUTCMonth() + 1,
      day: utc.getUTCDate(),
      hour: utc.getUTCHours(),
      minute: utc.getUTCMinutes(),
      second: utc.getUTCSeconds(),
      millisecond: utc.getUTCMilliseconds(),
    },
    timeZone,
  );
}

export function dateToSerial(date: Date, timeZone: string): number {
  return (wallAsUtc(wallClockOf(date, timeZone)) - EPOCH_UTC) / DAY_MS;
}
