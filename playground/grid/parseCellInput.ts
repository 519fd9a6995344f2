import type { CellValue } from '../../core/model/cell.js';

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
