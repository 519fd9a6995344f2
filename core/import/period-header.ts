import type { CellValue } from '../model/cell.js';
import { monthFromName } from '../values/month-names.js';
import { isoDateFromSerial } from '../values/serial-date.js';
import { parseDate } from '../values/parse-date.js';
import { cellText, foldText } from './cell-text.js';

export type SeriesHint = 'plan' | 'actual' | 'forecast' | null;

/**
 * What a header cell says about time, before context fills gaps: a month ("Jan", "Jan-27",
 * "2027-01"), a quarter ("Q1 FY27", "2027-Q1"), a year ("FY2027", "Plan 2017") or a date
 * (serial 46388, "1/1/2022"). `year` is null where the header leaves it to context.
 */
export type RawPeriod =
  | { kind: 'month'; year: number | null; month: number; series: SeriesHint }
  | { kind: 'quarter'; year: number | null; quarter: number; fiscal: boolean; series: SeriesHint }
  | { kind: 'year'; year: number; fiscal: boolean; series: SeriesHint; total: boolean }
  | { kind: 'date'; iso: string; series: SeriesHint };

const PLAN_WORDS = new Set([
  'plan',
  'planned',
  'planung',
  'budget',
  'bud',
  'anschlag',
  'soll',
  'haushaltssoll',
  'target',
  'ziel',
  'ke',
  'hoach',
  'kh',
  'baseline',
  'prevision',
  'presupuesto',
]);
const ACTUAL_WORDS = new Set([
  'ist',
  'actual',
  'actuals',
  'act',
  'thuc',
  'hien',
  'real',
  'reel',
  'tatsachlich',
  'ergebnis',
  'realise',
  'realisiert',
]);
const FORECAST_WORDS = new Set([
  'forecast',
  'fc',
  'fcst',
  'prognose',
  'hochrechnung',
  'outlook',
  'estimate',
  'du',
  'bao',
  'latest',
  'le',
]);
const TOTAL_WORDS = new Set([
  'total',
  'totals',
  'summe',
  'sum',
  'gesamt',
  'tong',
  'cong',
  'ytd',
  'ltd',
  'insgesamt',
  'somme',
  'totale',
  'totaal',
]);
/** Words that may sit in a period header without changing it ("Haushaltssoll 14. Mt. 2016", "Tháng 1"). */
const FILLER_WORDS = new Set([
  'mt',
  'monat',
  'month',
  'thang',
  'nam',
  'year',
  'jahr',
  'in',
  'eur',
  'usd',
  'value',
  'wert',
  'amount',
  'betrag',
  'doanh',
  'thu',
  'the',
  'of',
]);
const FISCAL_WORDS = new Set(['fy', 'gj', 'wj', 'geschaftsjahr', 'fiscal']);

/** Month names whose accents folding removes ("März" folds to "marz"). */
const FOLDED_MONTHS: Record<string, number> = { marz: 3, janner: 1, mar: 3, fevr: 2, dec: 12, thg: 0 };

function monthOfWord(word: string): number | null {
  const month = monthFromName(word) ?? FOLDED_MONTHS[word] ?? null;
  return month === 0 ? null : month;
}

function seriesOf(words: readonly string[]): SeriesHint {
  if (words.some((w) => ACTUAL_WORDS.has(w))) return 'actual';
  if (words.some((w) => FORECAST_WORDS.has(w))) return 'forecast';
  if (words.some((w) => PLAN_WORDS.has(w))) return 'plan';
  return null;
}

const isKnownWord = (w: string): boolean =>
  PLAN_WORDS.has(w) || ACTUAL_WORDS.has(w) || FORECAST_WORDS.has(w) || FILLER_WORDS.has(w);

/** Serial numbers between 1968 and 2119: plausible period dates in a header row. */
const SERIAL_MIN = 25_000;
const SERIAL_MAX = 80_000;

function yearOf(token: string): number | null {
  if (/^\d{4}$/.test(token)) {
    const year = Number(token);
    return year >= 1990 && year <= 2100 ? year : null;
  }
  if (/^\d{2}$/.test(token)) return 2000 + Number(token);
  return null;
}

/** A note after the period in brackets or after "in": "Jan 2027 (GBP)", "2027-01 in k€", "Q1 [TEUR]". */
const TRAILING_NOTE = /\s*(?:\(\s*([^()]{1,12}?)\s*\)|\[\s*([^[\]]{1,12}?)\s*\]|\bin\s+(\S{1,8}))\s*$/i;
/** A currency, optionally scaled: what such a note says about the amounts, not about the period. */
const CURRENCY_NOTE =
  /^(?:(?:k|m|mn|mio\.?|tsd\.?|t)\s*)?(?:€|\$|£|đ|eur|usd|gbp|chf|vnd)$|^(?:teur|keur|tusd)$/i;

/**
 * One-letter series marks in brackets after a period, as budget sheets write them: "2025 [B]"
 * (begroting, budget), "2024 (A)" (actual), "2026 [F]" (forecast). Read as the series' word.
 */
const SERIES_MARK: Record<string, string> = {
  b: 'budget',
  p: 'plan',
  a: 'actual',
  r: 'actual',
  i: 'ist',
  f: 'forecast',
  e: 'estimate',
};

/** The header without a trailing currency note; the currency is read from the header elsewhere. */
function withoutCurrencyNote(text: string): string {
  const m = TRAILING_NOTE.exec(text);
  const note = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  if (m && note !== undefined && m[3] === undefined && SERIES_MARK[note.toLowerCase()])
    return `${SERIES_MARK[note.toLowerCase()]} ${text.slice(0, m.index).trim()}`;
  return m && note !== undefined && CURRENCY_NOTE.test(note) ? text.slice(0, m.index).trim() : text;
}

/** Read one header cell as a period, or null when it is not about time. */
export function readPeriodHeader(cell: CellValue | undefined): RawPeriod | null {
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1990 && cell <= 2100) {
      return { kind: 'year', year: cell, fiscal: false, series: null, total: false };
    }
    if (cell >= SERIAL_MIN && cell <= SERIAL_MAX)
      return { kind: 'date', iso: isoDateFromSerial(cell), series: null };
    return null;
  }
  if (typeof cell !== 'string') return null;
  const text = cellText(cell);
  if (text === '' || text.length > 40) return null;
  const period = withoutCurrencyNote(text);
  return readIsoLike(period) ?? readWords(period);
}

function readIsoLike(text: string): RawPeriod | null {
  let m = /^(\d{4})\s*[-/.]\s*(0?[1-9]|1[0-2])$/.exec(text);
  if (m) return { kind: 'month', year: Number(m[1]), month: Number(m[2]), series: null };
  m = /^(0?[1-9]|1[0-2])\s*[-/.]\s*(\d{4})$/.exec(text);
  if (m) return { kind: 'month', year: Number(m[2]), month: Number(m[1]), series: null };
  m = /^(\d{4})\s*[-/ ]?\s*q([1-4])$/i.exec(text);
  if (m) return { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]), fiscal: false, series: null };
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(text)) {
    const date = parseDate(text);
    if (date.ok && date.value) return { kind: 'date', iso: date.value, series: null };
  }
  return null;
}

function readWords(text: string): RawPeriod | null {
  const words = foldText(text.replace(/(\d)([a-z])/gi, '$1 $2').replace(/([a-z])(\d)/gi, '$1 $2')).split(' ');
  const series = seriesOf(words);
  const total = words.some((w) => TOTAL_WORDS.has(w));
  const fiscal = words.some((w) => FISCAL_WORDS.has(w));

  // Quarter: "Q1", "Q1 FY27", "Qtr 2 2027", "1. Quartal 2027", "FY27 Q3".
  const qIndex = words.findIndex(
    (w, i) =>
      /^q[1-4]$/.test(w) ||
      (['q', 'qtr', 'quarter', 'quartal', 'trimestre'].includes(w) && /^[1-4]$/.test(words[i + 1] ?? '')) ||
      (/^[1-4]$/.test(w) && ['quartal', 'quarter', 'q'].includes(words[i + 1] ?? '')),
  );
  if (qIndex >= 0 && !total) {
    const w = words[qIndex];
    const quarter = /^q[1-4]$/.test(w)
      ? Number(w[1])
      : /^[1-4]$/.test(w)
        ? Number(w)
        : Number(words[qIndex + 1]);
    const rest = words.filter(
      (x, i) =>
        i !== qIndex &&
        !(i === qIndex + 1 && /^[1-4]$/.test(x)) &&
        !['q', 'qtr', 'quarter', 'quartal', 'trimestre'].includes(x),
    );
    const years = rest.map(yearOf).filter((y): y is number => y !== null);
    const others = rest.filter((x) => yearOf(x) === null && !FISCAL_WORDS.has(x) && !isKnownWord(x));
    if (others.length === 0 && years.length <= 1) {
      return { kind: 'quarter', year: years[0] ?? null, quarter, fiscal, series };
    }
    return null;
  }

  // Month: "Jan", "Jan-27", "Januar 2027", "Mrz. 27", "Plan Jan", "Tháng 3".
  const monthIndex = words.findIndex((w) => monthOfWord(w) !== null);
  const thang = words.findIndex((w, i) => w === 'thang' && /^(0?[1-9]|1[0-2])$/.test(words[i + 1] ?? ''));
  if ((monthIndex >= 0 || thang >= 0) && !total) {
    const month = monthIndex >= 0 ? monthOfWord(words[monthIndex])! : Number(words[thang + 1]);
    const skip = new Set(monthIndex >= 0 ? [monthIndex] : [thang, thang + 1]);
    const rest = words.filter((_, i) => !skip.has(i));
    const years = rest.map(yearOf).filter((y): y is number => y !== null);
    const others = rest.filter((x) => yearOf(x) === null && !isKnownWord(x));
    if (others.length === 0 && years.length <= 1)
      return { kind: 'month', year: years[0] ?? null, month, series };
    return null;
  }

  // Year: "2027", "FY2027", "FY 27", "Plan 2017", "IST 2016", "Haushaltssoll 14. Mt. 2016", "Tổng 2021".
  const fourDigit = words.filter((w) => /^\d{4}$/.test(w) && yearOf(w) !== null);
  const fyTwoDigit = fiscal ? words.filter((w) => /^\d{2}$/.test(w)) : [];
  const yearToken =
    fourDigit.length === 1
      ? fourDigit[0]
      : fourDigit.length === 0 && fyTwoDigit.length === 1
        ? fyTwoDigit[0]
        : null;
  if (yearToken === null) return null;
  const others = words.filter(
    (w) =>
      w !== yearToken &&
      !FISCAL_WORDS.has(w) &&
      !TOTAL_WORDS.has(w) &&
      !isKnownWord(w) &&
      !/^\d{1,2}$/.test(w),
  );
  if (others.length > 0) return null;
  return { kind: 'year', year: yearOf(yearToken)!, fiscal, series, total };
}

/** Any 4-digit year (1990–2100) or FY label in free text such as a title row or sheet name. */
export function yearInText(text: string): { year: number; fiscal: boolean } | null {
  const folded = foldText(text.replace(/([a-z])(\d)/gi, '$1 $2'));
  const fy = /\b(fy|gj|wj)\s*(\d{4}|\d{2})\b/.exec(folded);
  if (fy) return { year: yearOf(fy[2])!, fiscal: true };
  const plain = /\b(19[9]\d|20\d\d|2100)\b/.exec(folded);
  return plain ? { year: Number(plain[1]), fiscal: false } : null;
}
