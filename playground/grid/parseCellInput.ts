import type { CellValue } from '../../core/index.js';
import type { ColumnKind } from '../../core/index.js';

/** What a person typed, as a spreadsheet would store it: blank, number, TRUE/FALSE, else text. */
export function parseCellInput(text: string): CellValue {
  const t = text.trim();
  if (t === '') return null;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  return text;
}

/** A cell as the grid shows it and as the editor starts from. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

const EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A cell as the sheet displays it under its column's format (PG sheets declare one per column):
 * serial dates as dates, as Excel and Sheets show them. The stored value is unchanged.
 */
export function displayText(value: CellValue | undefined, kind: ColumnKind | undefined): string {
  if (typeof value === 'number' && (kind === 'date' || kind === 'datetime')) {
    const iso = new Date(EPOCH + value * DAY_MS).toISOString();
    return kind === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  return cellText(value);
}
