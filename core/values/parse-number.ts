import type { CellValue } from '../model/cell.js';
import type { NumberLocale } from './number-locale.js';
import { type Parsed, parseFailure, parsedValue, shown } from './parsed.js';
import { isBlankWord, isSpreadsheetError } from './spreadsheet-error.js';

export interface NumberOptions {
  /** Decimal mark of text numbers; see `NumberLocale` for how `auto` decides ambiguous cells. */
  locale?: NumberLocale;
  /**
   * What a spreadsheet error shown as text (`#N/A`, `#DIV/0!`) means: `problem` (default) reports it
   * so the user fixes the source; `blank` reads it as "no value" (exports full of `#N/A` for empty months);
   * `na-blank` reads only `#N/A` as "no value" (how CSV exports mark nulls) and reports the others.
   */
  spreadsheetErrors?: 'problem' | 'blank' | 'na-blank';
}

const CURRENCY_SYMBOL = /^(US\$|A\$|C\$|R\$|HK\$|S\$|[€$£¥₹₩₫₽₺¢₦]|\?(?=\d))|(US\$|[€$£¥₹₩₫₽₺¢])$/;
const CURRENCY_CODE =
  /^(EUR|USD|GBP|CHF|JPY|CNY|INR|VND|AUD|CAD|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|SGD|HKD|NZD|Fr\.)(?=[\s\d(+-.,]|$)|(?<=[\d\s)])(EUR|USD|GBP|CHF|JPY|CNY|INR|VND|AUD|CAD|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|SGD|HKD|NZD|kr)$/i;
/** Scale words after the number: `$1.2k`, `3m`, `2,5 Mio`, `1 bn`. */
const SCALE = /^(.*\d)\s*(k|tsd\.?|m|mm|mn|mio\.?|bn|b|mrd\.?)$/i;
const SCALE_FACTOR: Record<string, number> = {
  k: 1e3,
  tsd: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  bn: 1e9,
  b: 1e9,
  mrd: 1e9,
};

interface Stripped {
  body: string;
  negative: boolean;
  percent: boolean;
  scale: number;
}

/** Peel signs, brackets, currency, percent and scale words off a number typed as text. */
function strip(text: string): Stripped {
  let body = text;
  let negative = false;
  let percent = false;
  let scale = 1;
  for (let changed = true; changed;) {
    const before = body;
    body = body.trim();
    if (/^\(.*\)$/.test(body)) {
      negative = !negative;
      body = body.slice(1, -1);
    } else if (body.startsWith('-') || body.startsWith('+')) {
      if (body.startsWith('-')) negative = !negative;
      body = body.slice(1);
    } else if (/\d-$/.test(body)) {
      // SAP and other ERPs print negatives with a trailing minus: 1.200,00-
      negative = !negative;
      body = body.slice(0, -1);
    } else if (body.endsWith('%') && !percent) {
      percent = true;
      body = body.slice(0, -1);
    } else if (CURRENCY_SYMBOL.test(body)) {
      body = body.replace(CURRENCY_SYMBOL, '');
    } else if (CURRENCY_CODE.test(body)) {
      body = body.replace(CURRENCY_CODE, '');
    } else if (scale === 1 && SCALE.test(body)) {
      const match = SCALE.exec(body)!;
      body = match[1]!;
      scale = SCALE_FACTOR[match[2].toLowerCase().replace('.', '')] ?? 1;
    }
    changed = body !== before;
  }
  return { body, negative, percent, scale };
}

const GROUPED_SPACES = /^\d{1,3}([ ']\d{3})+([.,]\d+)?$/;

/** Digits with separators → number, following the locale rules documented on `NumberLocale`. */
function readDigits(body: string, locale: NumberLocale): number | null {
  let digits = body;
  if (/[ ']/.test(digits)) {
    if (!GROUPED_SPACES.test(digits)) return null;
    digits = digits.replace(/[ ']/g, '');
  }
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(digits)) return Number(digits);
  if (!/^(\d[\d.,]*|[.,]\d+)$/.test(digits)) return null;
  const commas = digits.split(',').length - 1;
  const dots = digits.split('.').length - 1;
  let canonical: string | null;
  if (commas > 0 && dots > 0) {
    const decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole, fraction, ...rest] = digits.split(decimal);
    const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})*$`);
    canonical =
      rest.length === 0 && whole && grouped.test(whole) && /^\d+$/.test(fraction ?? '')
        ? `${whole.split(group).join('')}.${fraction}`
        : null;
  } else if (commas > 0) {
    canonical = readSingleMark(
      digits,
      ',',
      commas,
      locale === 'comma' ? 'decimal' : locale === 'dot' ? 'group' : 'auto',
    );
  } else if (dots > 0) {
    canonical = readSingleMark(digits, '.', dots, locale === 'comma' ? 'group-if-three' : 'decimal');
  } else {
    canonical = digits;
  }
  if (canonical === null) return null;
  const value = Number(canonical);
  return Number.isFinite(value) ? value : null;
}

type MarkRule = 'decimal' | 'group' | 'group-if-three' | 'auto';

function readSingleMark(digits: string, mark: ',' | '.', count: number, rule: MarkRule): string | null {
  const grouped = new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`);
  // Two or more of the same mark can only be grouping: 1,200,000 or 1.200.000.
  if (count > 1) return grouped.test(digits) ? digits.split(mark).join('') : null;
  const [whole = '', fraction = ''] = digits.split(mark);
  const asDecimal = `${whole || '0'}.${fraction}`;
  const asGroup = grouped.test(digits) ? digits.replace(mark, '') : null;
  switch (rule) {
    case 'decimal':
      return fraction === '' ? null : asDecimal;
    case 'group':
      return asGroup;
    case 'group-if-three':
      return asGroup ?? (fraction === '' ? null : asDecimal);
    case 'auto':
      // "1,200" is 1200; "0,500" and "1,25" are decimals (a leading zero is never grouped).
      return asGroup !== null && !whole.startsWith('0') ? asGroup : fraction === '' ? null : asDecimal;
  }
}

/**
 * Read an amount as people type it: `1,200`, `1.200,50`, `1 200`, `€ 1,200`, `$1.2k`, `3m`,
 * `(1,200)` (negative), `12 %` (0.12); `-`, `--`, `n/a` and blank cells are "no value" (null).
 */
export function parseNumber(cell: CellValue | undefined, options: NumberOptions = {}): Parsed<number> {
  if (cell === null || cell === undefined) return parsedValue<number>(null);
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? parsedValue(cell)
      : parseFailure(`${cell} is not a number: type an amount such as 1200`);
  }
  if (typeof cell === 'boolean') {
    return parseFailure(
      `${cell ? 'TRUE' : 'FALSE'} is not a number: type an amount such as 1200, or clear the cell`,
    );
  }
  const text = cell
    .replace(/[\u00a0\u2007\u202f\u2009]/g, ' ')
    .replace(/\u2212/g, '-')
    .trim();
  if (text === '' || isBlankWord(text)) return parsedValue<number>(null);
  if (isSpreadsheetError(text)) {
    const blank =
      options.spreadsheetErrors === 'blank' ||
      (options.spreadsheetErrors === 'na-blank' && /^#N\/A$/i.test(text));
    return blank
      ? parsedValue<number>(null)
      : parseFailure(
          `The cell shows the spreadsheet error ${text.toUpperCase()}: fix the formula behind it, or type a number or clear the cell`,
        );
  }
  const { body, negative, percent, scale } = strip(text);
  const magnitude = readDigits(body.trim(), options.locale ?? 'auto');
  if (magnitude === null) {
    return parseFailure(
      `${shown(cell)} is not a number: type an amount such as 1200, 1,200.50 or (1,200) for a negative`,
    );
  }
  let value = magnitude * scale;
  if (percent) value /= 100;
  if (negative) value = -value;
  return parsedValue(roundFloatNoise(value));
}

/** 1.2 × 1000 is 1199.9999999999998 in binary floating point; people typed 1200. */
function roundFloatNoise(value: number): number {
  const rounded = Number(value.toPrecision(15));
  return Object.is(rounded, -0) ? 0 : rounded;
}
