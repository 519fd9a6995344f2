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

/** Whole days only; a time of day in the fraction is dropped. */
export function isoDateFromSerial(serial: number): string {
  return new Date(EPOCH_MS + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}
