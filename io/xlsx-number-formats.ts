import { EXCEL_MONEY, columnNumberFormats } from '../core/index.js';
import type { SheetLayout } from '../core/index.js';

/**
 * Number formats of the columns of a PG sheet written to an .xlsx file. The file is an Excel
 * workbook and stores format codes exactly as Excel's own `Range.numberFormat` takes them, so it
 * uses the add-in's codes, money included (`[$EUR] #,##0.00`): a register written by the command
 * line looks the same as one the Excel add-in wrote. Nothing here is specific to the file format.
 *
 * `currency` is the register's reporting currency, used when the layout names none.
 */
export function xlsxColumnFormats(layout: SheetLayout, width: number, currency: string): string[] {
  return columnNumberFormats({ ...layout, currency: layout.currency ?? currency }, width, EXCEL_MONEY);
}
