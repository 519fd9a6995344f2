import type { CellValue } from '../model/cell.js';
import type { ColumnKind, SheetLayout } from '../contract/workbook-port.js';

/**
 * Number format codes by column kind, as both Excel and Google Sheets read them. Only money
 * differs between hosts (how each shows a currency code), so each host passes its own.
 */

/** Text: a string written into such a cell is kept exactly as typed, never re-parsed. */
export const TEXT_FORMAT = '@';
/** The host's automatic format, for columns a layout does not describe. */
export const GENERAL_FORMAT = 'General';

/** A host's money format; `code` is the register's ISO 4217 currency, or null when it is not one. */
export type MoneyFormat = (code: string | null) => string;

/** Digits after the decimal point a currency is kept in (0 for JPY or VND, 3 for KWD), else 2. */
export function currencyDecimals(code: string | null): number {
  if (!code) return 2;
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** `#,##0.00` with as many decimals as the currency has. */
export function amountPattern(code: string | null): string {
  const decimals = currencyDecimals(code);
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** Excel's own ISO-code currency format (`[$EUR] #,##0.00`): the add-in writes it, and .xlsx files hold it. */
export const EXCEL_MONEY: MoneyFormat = (code) =>
  code ? `[$${code}] ${amountPattern(code)}` : amountPattern(null);

const KIND_FORMATS: Record<Exclude<ColumnKind, 'money'>, string> = {
  text: TEXT_FORMAT,
  number: GENERAL_FORMAT,
  integer: '0',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

export function numberFormatOf(kind: ColumnKind, currency: string | undefined, money: MoneyFormat): string {
  if (kind !== 'money') return KIND_FORMATS[kind];
  return money(currency !== undefined && /^[A-Z]{3}$/.test(currency) ? currency : null);
}

/** The format of each of `width` columns of a write. */
export function columnNumberFormats(
  layout: SheetLayout | undefined,
  width: number,
  money: MoneyFormat,
): string[] {
  return Array.from({ length: width }, (_, c) => {
    const column = layout?.columns[c];
    return column ? numberFormatOf(column.kind, layout?.currency, money) : GENERAL_FORMAT;
  });
}

/**
 * One cell's format: header cells and every string are text (so `2027-01`, `007` or `=x` stay
 * what PlanGate wrote), other cells take their column's format.
 */
export function cellNumberFormat(value: CellValue | undefined, columnFormat: string, header = false): string {
  return header || typeof value === 'string' ? TEXT_FORMAT : columnFormat;
}
