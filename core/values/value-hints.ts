import type { NumberLocale } from './number-locale.js';

/**
 * What a file's format says about the values in one of its sheets, found out while reading the
 * file (the cells alone cannot tell). Readers use a hint only where a column's own cells leave
 * the question open.
 */
export interface ValueHints {
  /**
   * Decimal mark the format suggests. A `;`-delimited export comes from a decimal-comma locale
   * (Excel picks `;` exactly where `,` is the decimal mark), so `1.200` there is twelve hundred.
   */
  decimalMark?: NumberLocale;
  /**
   * The sheet is a text export (CSV): `#N/A` written there marks a null (Salesforce and database
   * dumps write nulls so), not a broken formula. In a spreadsheet it stays a reported problem.
   */
  textExport?: boolean;
  /**
   * Spreadsheets: the currency the number formats of a column's amounts name (`[$$-409]`,
   * `"₦"#,##0.00`), by 0-based column, with the format as stored and the first cell using it.
   */
  formatCurrency?: Record<number, { code: string; format: string; cell: string }>;
}

/** The `spreadsheetErrors` reading that fits a sheet: text exports read `#N/A` as no value. */
export function errorReading(hints: ValueHints | undefined): 'problem' | 'na-blank' {
  return hints?.textExport ? 'na-blank' : 'problem';
}
