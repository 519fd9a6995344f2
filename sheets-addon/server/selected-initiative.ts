import { SHEETS } from '../../core/index.js';
import type { AppsScriptGlobals } from './apps-script-api.js';

/**
 * The initiative ID of the row the user has selected in `PG Register` (column A), or null.
 * The sidebar polls this, since Apps Script has no selection event a sidebar can listen to.
 */
export function selectedInitiativeId(gas: Pick<AppsScriptGlobals, 'SpreadsheetApp'>): string | null {
  const book = gas.SpreadsheetApp.getActiveSpreadsheet();
  const range = book.getActiveRange();
  if (!range || range.getRow() < 2) return null;
  const sheet = book.getActiveSheet();
  if (sheet.getName() !== SHEETS.register) return null;
  const id = sheet.getRange(range.getRow(), 1, 1, 1).getValues()[0]?.[0];
  if (typeof id === 'number') return String(id);
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : null;
}
