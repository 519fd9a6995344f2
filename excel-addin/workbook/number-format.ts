import type { ColumnKind } from '../../core/port/workbook-port.js';

/** Excel's text format: a string written into such a cell is kept exactly as typed. */
export const TEXT_FORMAT = '@';

/** The Excel number format for a column kind; money shows the register's currency code. */
export function numberFormatFor(kind: ColumnKind, currency: string | undefined): string {
  switch (kind) {
    case 'text':
      return TEXT_FORMAT;
    case 'number':
      return 'General';
    case 'integer':
      return '0';
    case 'money':
      // Excel's own ISO-code currency format; short, because it travels once per cell.
      return currency && /^[A-Z]{3}$/.test(currency) ? `[$${currency}] #,##0.00` : '#,##0.00';
    case 'percent':
      return '0.0%';
    case 'date':
      return 'yyyy-mm-dd';
    case 'datetime':
      return 'yyyy-mm-dd hh:mm:ss';
  }
}
