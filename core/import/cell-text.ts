import { parseNumber } from '../values/parse-number.js';
import type { CellValue } from '../model/cell.js';

/** Blank as people see it: empty, whitespace only, or the "" a formula returns. */
export function isBlankCell(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell as one line of trimmed text ('' for blank); numbers in their shortest form. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return String(cell);
  return /[\t\n\r\u00a0]| {2}/.test(cell) ? cell.replace(/[\s\u00a0]+/g, ' ').trim() : cell.trim();
}

/**
 * Text folded for matching words across languages: lower case, accents removed (Vietnamese
 * "Tổng" → "tong", "Maßnahme" → "massnahme"), punctuation turned into single spaces.
 */
export function foldText(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  const result = fold(text);
  // Sheets repeat the same labels thousands of times; a bounded cache keeps folding cheap.
  if (folded.size > 100_000) folded.clear();
  folded.set(text, result);
  return result;
}

const folded = new Map<string, string>();

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A cell that holds text rather than a number (numbers typed as text count as numbers). */
export function isTextCell(cell: CellValue | undefined): cell is string {
  return typeof cell === 'string' && cell.trim() !== '' && !looksNumeric(cell);
}

/** Text that is a number as typed: "1.200,50", "(1,200)", "$1.2k", "12 %" (not "01.01.01" or "2027-01"). */
export function looksNumeric(text: string): boolean {
  if (!/\d/.test(text)) return false;
  // Four letters in a row are a word, never a number with a currency or scale word.
  if (/\p{L}{4}/u.test(text)) return false;
  const parsed = parseNumber(text);
  return parsed.ok && parsed.value !== null;
}
