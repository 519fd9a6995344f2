import type { MoneyFormat } from '../../core/port/number-formats.js';

/**
 * Sheets has no `[$EUR]` currency tag: the code follows the amount, and negatives show red.
 * The other kinds' formats are shared with Excel.
 */
export const SHEETS_MONEY: MoneyFormat = (code) => {
  const suffix = code ? ` "${code}"` : '';
  return `#,##0.00${suffix};[Red]-#,##0.00${suffix}`;
};
