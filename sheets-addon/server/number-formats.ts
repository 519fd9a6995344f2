import { amountPattern, type MoneyFormat } from '../../core/index.js';

/**
 * Sheets has no `[$EUR]` currency tag: the code follows the amount, and negatives show red.
 * The other kinds' formats are shared with Excel.
 */
export const SHEETS_MONEY: MoneyFormat = (code) => {
  const suffix = code ? ` "${code}"` : '';
  const amount = amountPattern(code);
  return `${amount}${suffix};[Red]-${amount}${suffix}`;
};
