import type { CellValue } from '../model/cell.js';
import { detectNumberLocale, type NumberLocale } from '../values/number-locale.js';
import { parseDate } from '../values/parse-date.js';
import { parseNumber } from '../values/parse-number.js';
import { isBlankWord, isSpreadsheetError } from '../values/spreadsheet-error.js';
import { cellText, isBlankCell, looksNumeric } from './cell-text.js';
import type { SheetView } from './sheet-view.js';

/** What a column holds, counted over its data rows: the evidence behind content-based mapping. */
export interface ColumnProfile {
  column: number;
  nonBlank: number;
  numbers: number;
  /** Numbers typed as percentages ("4.28%"): rates, never amounts. */
  percents: number;
  /** Text that is neither a number, a date, a placeholder nor an error. */
  texts: number;
  /** Serial dates in a plausible range or date text. */
  dates: number;
  /** `#N/A`, `--`, `n/a` and the like. */
  placeholders: number;
  distinctTexts: number;
  /** Up to five distinct texts, first seen first. */
  examples: string[];
  personLike: number;
  /** Opaque identifiers: GUIDs and Salesforce-style 15/18-character IDs. */
  opaqueIds: number;
  /** Short codes such as "CRM-1001", "0010.11904-9". */
  codes: number;
  /** Decimal mark of numbers typed as text in this column. */
  locale: NumberLocale;
}

const PERSON = /^\p{Lu}[\p{L}'’.-]+(?: (?:van |von |de |da |del |di )?\p{Lu}[\p{L}'’.-]+){1,2}$/u;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SF_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const CODE = /^(?=.*\d)[A-Za-z0-9]{1,8}(?:[-./_ ][A-Za-z0-9]{1,10}){0,4}$/;

const DATE_SERIAL_MIN = 25_000;
const DATE_SERIAL_MAX = 80_000;
const MAX_DISTINCT = 200_000;
/** Rows looked at per column; longer tables are sampled evenly. */
const PROFILE_ROWS = 3000;

export function profileColumn(
  view: SheetView,
  column: number,
  firstRow: number,
  lastRow: number,
): ColumnProfile {
  const profile: ColumnProfile = {
    column,
    nonBlank: 0,
    numbers: 0,
    percents: 0,
    texts: 0,
    dates: 0,
    placeholders: 0,
    distinctTexts: 0,
    examples: [],
    personLike: 0,
    opaqueIds: 0,
    codes: 0,
    locale: 'auto',
  };
  const distinct = new Set<string>();
  const textCells: CellValue[] = [];
  // Long tables are profiled on an even sample of rows: the shares are what matter.
  const step = Math.max(1, Math.floor((lastRow - firstRow + 1) / PROFILE_ROWS));
  for (let r = firstRow; r <= lastRow; r += step) {
    const cell = view.cell(r, column);
    if (isBlankCell(cell)) continue;
    profile.nonBlank++;
    if (typeof cell === 'number') {
      profile.numbers++;
      if (cell >= DATE_SERIAL_MIN && cell <= DATE_SERIAL_MAX && Number.isInteger(cell)) profile.dates++;
      continue;
    }
    const text = cellText(cell);
    if (isBlankWord(text) || isSpreadsheetError(text)) {
      profile.placeholders++;
      continue;
    }
    if (looksNumeric(text)) {
      profile.numbers++;
      if (text.endsWith('%')) profile.percents++;
      textCells.push(text);
      continue;
    }
    if (/\d/.test(text) && text.length <= 30 && parseDate(text).ok) {
      profile.dates++;
      continue;
    }
    profile.texts++;
    if (distinct.size < MAX_DISTINCT && !distinct.has(text)) {
      distinct.add(text);
      if (profile.examples.length < 5) profile.examples.push(text);
    }
    if (PERSON.test(text)) profile.personLike++;
    if (
      GUID.test(text) ||
      (SF_ID.test(text) && /\d/.test(text) && /[a-z]/.test(text) && /[A-Z]/.test(text))
    ) {
      profile.opaqueIds++;
    } else if (CODE.test(text)) {
      profile.codes++;
    }
  }
  profile.distinctTexts = distinct.size;
  profile.locale = detectNumberLocale(textCells, view.hints.decimalMark);
  return profile;
}

/** The column's numbers read with its own decimal mark; blanks and placeholders are NaN. */
export function readNumber(
  cell: CellValue,
  locale: NumberLocale,
  spreadsheetErrors: 'problem' | 'na-blank' = 'problem',
): { value: number; problem: string | null } {
  const parsed = parseNumber(cell, { locale, spreadsheetErrors });
  if (!parsed.ok) return { value: Number.NaN, problem: parsed.message };
  return { value: parsed.value ?? Number.NaN, problem: null };
}
