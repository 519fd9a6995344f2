import type { CellValue } from '../model/cell.js';
import { monthFromName } from './month-names.js';
import { type Parsed, parseFailure, parsedValue, shown } from './parsed.js';
import { isoDate, isoDateFromSerial, MAX_SERIAL } from './serial-date.js';
import { isBlankWord } from './spreadsheet-error.js';

export interface DateOptions {
  /**
   * How to read `03/04/2027`, where either number could be the month. `mdy` (default, as US
   * exports write it) or `dmy`. Unambiguous cells (`31/03/2027`, `3/31/2027`) are read either way.
   */
  slashOrder?: 'mdy' | 'dmy';
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DMY_DOTS = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})$/;
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;
const DAY_MONTH_NAME_YEAR = /^(\d{1,2})\.?[\s-]+([\p{L}.]+)[\s,-]+(\d{2}|\d{4})$/u;
const MONTH_NAME_DAY_YEAR = /^([\p{L}.]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u;
const SERIAL_TEXT = /^\d{4,7}(\.\d+)?$/;

/** Two-digit years as spreadsheets read them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function fromSerial(serial: number): string | null {
  return serial >= 1 && serial <= MAX_SERIAL ? isoDateFromSerial(serial) : null;
}

function readText(text: string, options: DateOptions): string | null {
  let match = ISO.exec(text) ?? YMD_SLASH.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  if ((match = DMY_DOTS.exec(text))) return isoDate(fullYear(match[3]), Number(match[2]), Number(match[1]));
  if ((match = SLASHED.exec(text))) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = fullYear(match[3]);
    const dayFirst = first > 12 || (second <= 12 && options.slashOrder === 'dmy');
    return dayFirst ? isoDate(year, second, first) : isoDate(year, first, second);
  }
  if ((match = DAY_MONTH_NAME_YEAR.exec(text))) {
    const month = monthFromName(match[2]);
    return month === null ? null : isoDate(fullYear(match[3]), month, Number(match[1]));
  }
  if ((match = MONTH_NAME_DAY_YEAR.exec(text))) {
    const month = monthFromName(match[1]);
    return month === null ? null : isoDate(Number(match[3]), month, Number(match[2]));
  }
  if (SERIAL_TEXT.test(text)) return fromSerial(Number(text));
  return null;
}

/**
 * Read a date → ISO `YYYY-MM-DD`: serial numbers (1899-12-30 epoch), ISO text (a time part is
 * ignored), `31.03.2027`, `3/31/2027`, `31/03/2027`, `31 Mar 2027`, `March 31, 2027`.
 */
export function parseDate(cell: CellValue | undefined, options: DateOptions = {}): Parsed<string> {
  if (cell === null || cell === undefined) return parsedValue<string>(null);
  if (typeof cell === 'number') {
    const date = Number.isFinite(cell) ? fromSerial(cell) : null;
    return date === null
      ? parseFailure(`${cell} is not a date: type a date such as 2027-03-31`)
      : parsedValue(date);
  }
  if (typeof cell === 'boolean')
    return parseFailure(`${cell ? 'TRUE' : 'FALSE'} is not a date: type a date such as 2027-03-31`);
  const text = cell.replace(/\u00a0/g, ' ').trim();
  if (text === '' || isBlankWord(text)) return parsedValue<string>(null);
  const date = readText(text, options);
  return date === null
    ? parseFailure(`${shown(cell)} is not a date: type a date such as 2027-03-31 or 31.03.2027`)
    : parsedValue(date);
}
