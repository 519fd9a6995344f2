import type { MappingDto } from '../service/governance-service.js';
import type { TableFrame } from './table-frame.js';

/** Currencies plan sheets name, by the words and signs they use. */
const CURRENCIES: [RegExp, string][] = [
  [/việt nam đồng|\bvnd\b|₫|\(đ\)/iu, 'VND'],
  [/€|\beur\b|\beuro\b/i, 'EUR'],
  [/£|\bgbp\b/i, 'GBP'],
  [/\bchf\b/i, 'CHF'],
  [/\busd\b|us\$/i, 'USD'],
];

export interface PlanCurrency {
  /** ISO 4217 code. */
  code: string;
  /** The text that names it, as the sheet shows it. */
  from: string;
}

/** A currency named in the title rows or the headers of the value columns. */
export function detectCurrency(frame: TableFrame, mapping: MappingDto): PlanCurrency | null {
  const valueHeaders = [
    ...mapping.periodColumns.map((p) => p.header),
    mapping.fields.amount?.header ?? '',
    mapping.fields.planTotal?.header ?? '',
    mapping.fields.target?.header ?? '',
  ];
  // The last context text is the sheet name: "USD" there is too weak a hint.
  for (const text of [...frame.context.slice(0, -1), ...valueHeaders]) {
    for (const [pattern, code] of CURRENCIES) if (pattern.test(text)) return { code, from: text };
  }
  return null;
}

const LEAD = "The sheet's amounts are in ";

/** The inspection's reminder that amounts are not converted. */
export function currencyWarning(currency: PlanCurrency): string {
  return `${LEAD}${currency.code} ('${currency.from}'). PlanGate does not convert currencies: make sure the register's currency is ${currency.code}.`;
}

/** Whether a table warning is the reminder for `code`: moot once the register reports in it. */
export function isCurrencyWarning(warning: string, code: string): boolean {
  return warning.startsWith(`${LEAD}${code} (`);
}
