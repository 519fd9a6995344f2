/**
 * Spreadsheet serial dates: days since 1899-12-30, the epoch Excel (after its 1900 leap-year quirk)
 * and Google Sheets share. 46112 is 2026-03-31.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** Largest serial a spreadsheet accepts (9999-12-31). */
export const MAX_SERIAL = 2_958_465;

export function serialFromIsoDate(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / MS_PER_DAY);
}

/** Days 1899-12-30 → 1970-01-01. */
const EPOCH_TO_UNIX_DAYS = 25_569;

/**
 * Whole days only; a time of day in the fraction is dropped. Plain arithmetic (the civil-from-days
 * algorithm) instead of a Date per cell: registers hold hundreds of thousands of date cells.
 */
export function isoDateFromSerial(serial: number): string {
  const z = Math.floor(serial) - EPOCH_TO_UNIX_DAYS + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}
