import type { ColumnKind } from '../core/port/workbook-port.js';

const SYMBOLS: Record<string, string> = {
  EUR: '€',
  USD: '$',
  GBP: '£',
  JPY: '¥',
  CNY: '¥',
  INR: '₹',
  VND: '₫',
};

/** Excel number format of a column kind; money shows the register's currency. */
export function numberFormat(kind: ColumnKind, currency: string): string | undefined {
  switch (kind) {
    case 'money': {
      const symbol = SYMBOLS[currency.toUpperCase()];
      const decimals = currency.toUpperCase() === 'VND' || currency.toUpperCase() === 'JPY' ? '' : '.00';
      const body = `#,##0${decimals}`;
      return symbol
        ? `"${symbol}"${body};-"${symbol}"${body}`
        : `${body} "${currency}";-${body} "${currency}"`;
    }
    case 'number':
      return '#,##0.##';
    case 'integer':
      return '0';
    case 'percent':
      return '0.0%';
    case 'date':
      return 'yyyy-mm-dd';
    case 'datetime':
      return 'yyyy-mm-dd hh:mm';
    case 'text':
      return '@';
  }
}
