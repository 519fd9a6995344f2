import type { CellValue } from '../model/cell.js';
import { type Parsed, parsedValue } from './parsed.js';

/**
 * Any cell as text, trimmed (non-breaking spaces count as spaces). Numbers become their shortest
 * text (an ID typed as 101 reads "101"); booleans read TRUE / FALSE; blank reads null.
 */
export function parseText(cell: CellValue | undefined): Parsed<string> {
  if (cell === null || cell === undefined) return parsedValue<string>(null);
  if (typeof cell === 'boolean') return parsedValue(cell ? 'TRUE' : 'FALSE');
  const text = (typeof cell === 'number' ? String(cell) : cell).replace(/\u00a0/g, ' ').trim();
  return parsedValue(text === '' ? null : text);
}

/** Text or '' for blank: the shape of the register's descriptive fields. */
export function textOf(cell: CellValue | undefined): string {
  const read = parseText(cell);
  return read.ok ? (read.value ?? '') : '';
}
