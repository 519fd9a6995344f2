import type { MoneyFormat } from '../../core/port/number-formats.js';

/** Excel's own ISO-code currency format (`[$EUR] #,##0.00`); the other kinds' formats are shared with Sheets. */
export const EXCEL_MONEY: MoneyFormat = (code) => (code ? `[$${code}] #,##0.00` : '#,##0.00');
