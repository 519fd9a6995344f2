import type { CellValue, Grid } from '../model/cell.js';
import type { Granularity, Period } from '../model/period.js';
import { isSpreadsheetError } from '../values/spreadsheet-error.js';
import { amountReader, columnCells, isBlank, shareOf } from './column-values.js';
import {
  CURRENCY_HINT,
  DATE_HINT,
  KEY_HINT,
  LOST_VALUE,
  NOT_AMOUNT_HINT,
  SPEND_HINT,
  STAGE_HINT,
  VALUE_HINT,
  WON_VALUE,
} from './header-hints.js';
import { normalizeKey } from './key-index.js';
import { readPeriod } from './read-period.js';

export interface ColumnChoice {
  /** 0-based */
  column: number;
  header: string;
  /** 0..1 */
  confidence: number;
  reason: string;
}

const PLAIN_NUMBER = /^[\s$€£-]*\d[\d,\s]*(\.\d+)?\s*$/;

export function headerText(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/**
 * The column whose values name the most different initiatives (by ID or a Keys entry). Distinct
 * keys count first, so a category column that happens to repeat one ID ("Search") loses to the
 * column of campaign names that matches several.
 */
export function detectKeyColumn(
  headers: CellValue[],
  rows: Grid,
  index: Map<string, string[]>,
): ColumnChoice | null {
  let best: { choice: ColumnChoice; score: number } | null = null;
  for (let column = 0; column < headers.length; column++) {
    const header = headerText(headers[column]);
    const cells = columnCells(rows, column);
    const distinct = new Set<string>();
    const { share, count } = shareOf(cells, (c) => {
      const key = normalizeKey(c);
      if (!index.has(key)) return false;
      distinct.add(key);
      return true;
    });
    const hits = Math.round(share * count);
    if (hits === 0) continue;
    const score = distinct.size * 1e6 + hits + (KEY_HINT.test(header) ? 0.5 : 0);
    if (best && score <= best.score) continue;
    best = {
      score,
      choice: {
        column,
        header,
        confidence: Math.min(1, 0.5 + share / 2),
        reason: `${hits} of ${count} values in "${header}" are initiative IDs or Keys`,
      },
    };
  }
  return best ? best.choice : null;
}

/** The column of dates or periods (`CloseDate`, `Month`, `Buchungsdatum`). */
export function detectPeriodColumn(
  headers: CellValue[],
  rows: Grid,
  granularity: Granularity,
  taken: ReadonlySet<number>,
): ColumnChoice | null {
  let best: ColumnChoice | null = null;
  for (let column = 0; column < headers.length; column++) {
    const h = headers[column];
    if (taken.has(column)) continue;
    const header = headerText(h);
    const hinted = DATE_HINT.test(header);
    // Plain numbers are dates only under a date-like header: 40000 is as likely an amount.
    const { share, count } = shareOf(columnCells(rows, column), (c) => {
      if (!hinted && (typeof c === 'number' || PLAIN_NUMBER.test(String(c)))) return false;
      return readPeriod(c, granularity) !== null;
    });
    if (share < 0.6 || count === 0) continue;
    const confidence = Math.min(1, share * (hinted ? 1 : 0.8));
    if (best && confidence <= best.confidence) continue;
    best = {
      column,
      header,
      confidence,
      reason: `${Math.round(share * 100)} % of "${header}" read as dates or periods${hinted ? ' and the header names a date' : ''}`,
    };
  }
  return best;
}

/** The money column: numeric values under a value-like header; spend headers are a weaker guess. */
export function detectAmountColumn(
  headers: CellValue[],
  rows: Grid,
  taken: ReadonlySet<number>,
): ColumnChoice | null {
  let best: ColumnChoice | null = null;
  for (let column = 0; column < headers.length; column++) {
    const h = headers[column];
    if (taken.has(column)) continue;
    const header = headerText(h);
    // Error cells (#N/A) say nothing about what the column holds: reading them is the import's job.
    const cells = columnCells(rows, column).filter((c) => typeof c !== 'string' || !isSpreadsheetError(c));
    const { read } = amountReader(cells);
    const { share, count } = shareOf(cells, (c) => {
      const parsed = read(c);
      return parsed.ok && parsed.value !== null;
    });
    if (share < 0.6 || count === 0 || NOT_AMOUNT_HINT.test(header)) continue;
    const [confidence, why] = VALUE_HINT.test(header)
      ? [0.9, 'the header names a value']
      : SPEND_HINT.test(header)
        ? [0.6, 'the header names spend, which is a benefit only for cost initiatives']
        : [0.35, 'the only numeric column left; its header names no amount'];
    if (best && confidence <= best.confidence) continue;
    best = { column, header, confidence, reason: `"${header}" holds numbers and ${why}` };
  }
  return best;
}

/** Wide exports: header cells that are periods (`2027-01`, `Jan 2027`, a date). */
export function detectPeriodColumns(
  headers: CellValue[],
  granularity: Granularity,
  taken: ReadonlySet<number>,
): { column: number; header: string; period: Period }[] {
  const found: { column: number; header: string; period: Period }[] = [];
  for (let column = 0; column < headers.length; column++) {
    const h = headers[column];
    if (taken.has(column) || isBlank(h)) continue;
    const period = readPeriod(h, granularity);
    if (period) found.push({ column, header: headerText(h), period });
  }
  return found.length >= 2 ? found : [];
}

/** A CRM stage column with won values: only won deals are realised value. */
export function detectStageColumn(
  headers: CellValue[],
  rows: Grid,
): { column: number; header: string; won: string[] } | null {
  for (let column = 0; column < headers.length; column++) {
    const header = headerText(headers[column]);
    if (!STAGE_HINT.test(header)) continue;
    const values = new Set(columnCells(rows, column).map((c) => headerText(c)));
    const won = [...values].filter((v) => WON_VALUE.test(v) && !LOST_VALUE.test(v));
    if (won.length > 0) return { column, header, won };
  }
  return null;
}

/** A currency column (`Currency code`, `CurrencyIsoCode`, `Währung`) holding ISO codes. */
export function detectCurrencyColumn(headers: CellValue[], rows: Grid): ColumnChoice | null {
  for (let column = 0; column < headers.length; column++) {
    const header = headerText(headers[column]);
    if (!CURRENCY_HINT.test(header)) continue;
    const { share } = shareOf(columnCells(rows, column), (c) => /^[A-Z]{3}$/.test(headerText(c)));
    if (share >= 0.8)
      return { column, header, confidence: share, reason: `"${header}" holds currency codes` };
  }
  return null;
}
