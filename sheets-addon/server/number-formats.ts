import type { ColumnKind } from '../../core/port/workbook-port.js';

/** Sheets' plain-text format: a string written into such a cell is kept exactly as typed. */
export const TEXT_FORMAT = '@';
/** Sheets' automatic format. */
export const AUTOMATIC_FORMAT = 'General';

/** The Sheets number format for a column kind (the same patterns the Excel add-in writes). */
export function sheetsNumberFormat(kind: ColumnKind, currency?: string): string {
  switch (kind) {
    case 'text':
      return TEXT_FORMAT;
    case 'number':
      return AUTOMATIC_FORMAT;
    case 'integer':
      return '0';
    case 'money': {
      const code = currency && /^[A-Z]{3}$/.test(currency) ? ` "${currency}"` : '';
      return `#,##0.00${code};[Red]-#,##0.00${code}`;
    }
    case 'percent':
      return '0.0%';
    case 'date':
      return 'yyyy-mm-dd';
    case 'datetime':
      return 'yyyy-mm-dd hh:mm:ss';
  }
}
