/**
 * What an amount cell says besides its number: the currency it is written in (`$50`, `USD 60`,
 * `£80`, `¥90`, `€100`), or that it is no amount at all — a percent (`12 %`) or a date
 * (`2027-01-15`, `15.01.2027`). `parseNumber` reads the number; this says whether it may be
 * booked as money in the register's currency, and at what rate.
 */
import type { CellValue } from '../model/cell.js';
import { shown } from './parsed.js';

export interface AmountContext {
  /** The register's ISO 4217 currency; null when it is not known yet (nothing to compare with). */
  currency: string | null;
  /** Rates the user gave: 1 unit of the code is worth this much in `currency` (`{ USD: 0.92 }`). */
  rates?: Readonly<Record<string, number>>;
}

export type AmountMeaning =
  { ok: true; factor: number; currency: string | null } | { ok: false; message: string };

const DOLLARS = ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD'];

/** Signs first (longest first), then codes; `$` alone is the register's dollar when it keeps one, else USD. */
const SIGNS: [string, string][] = [
  ['US$', 'USD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['R$', 'BRL'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₫', 'VND'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['$', 'USD'],
];
const CODE =
  /(?:^|[\s\d(+\-.,])(EUR|USD|GBP|CHF|JPY|CNY|INR|VND|AUD|CAD|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|SGD|HKD|NZD)(?=[\s\d(+\-.,)]|$)/i;
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const TYPED_DATE = /^\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})$/;

/** The currency a text amount is written in, or null when it names none. */
export function currencyOfText(text: string, registerCurrency: string | null = null): string | null {
  for (const [sign, code] of SIGNS) {
    if (!text.includes(sign)) continue;
    if (sign === '$' && registerCurrency && DOLLARS.includes(registerCurrency)) return registerCurrency;
    if (sign === '¥' && registerCurrency === 'CNY') return 'CNY';
    return code;
  }
  const code = CODE.exec(text);
  return code ? code[1].toUpperCase() : null;
}

export function amountMeaning(cell: CellValue | undefined, context: AmountContext): AmountMeaning {
  if (typeof cell !== 'string') return { ok: true, factor: 1, currency: null };
  const text = cell.replace(/[\u00a0\u2007\u202f\u2009]/g, ' ').trim();
  if (/%$/.test(text))
    return {
      ok: false,
      message: `${shown(cell)} is a percent, not an amount: type the amount in ${context.currency ?? 'money'}, or keep shares in a column of their own`,
    };
  if (ISO_DATE.test(text) || TYPED_DATE.test(text))
    return {
      ok: false,
      message: `${shown(cell)} is a date, not an amount: type the amount, or move the date to the date column`,
    };
  const code = currencyOfText(text, context.currency);
  const wanted = context.currency?.toUpperCase() ?? null;
  if (code === null || wanted === null || code === wanted) return { ok: true, factor: 1, currency: code };
  const rate = context.rates?.[code];
  if (rate !== undefined && Number.isFinite(rate) && rate > 0)
    return { ok: true, factor: rate, currency: code };
  return {
    ok: false,
    message: `${shown(cell)} is in ${code}, but the register reports in ${wanted}: convert it to ${wanted}, or give a rate for ${code} (how many ${wanted} one ${code} is worth)`,
  };
}
