import type { CellValue } from '../model/cell.js';
import { cellText, isTextCell, isBlankCell } from './cell-text.js';
import { isoDateFromSerial } from '../values/serial-date.js';
import { readPeriodHeader } from './period-header.js';
import type { SheetView } from './sheet-view.js';

/** Where a table sits in a sheet, and what each of its columns is called. */
export interface TableFrame {
  sheet: string;
  /** 0-based row of the (last) header row. */
  headerRow: number;
  /** 0-based row of the upper header row of a two-row header, or null. */
  upperRow: number | null;
  /** Inclusive 0-based column bounds. */
  left: number;
  right: number;
  /** Inclusive 0-based bounds of the rows below the header (lastRow < firstRow when none). */
  firstRow: number;
  lastRow: number;
  /** Per absolute column: the header as shown, upper and lower parts joined ('' when none). */
  headers: string[];
  /** Per absolute column: the lower header cell as stored (a date serial stays a number). */
  headerCells: CellValue[];
  /** Per absolute column: the upper header text that applies to it ('' when none). */
  upperHeaders: string[];
  /** Columns beside the table that are not part of it. */
  ignoredColumns: { column: number; reason: string }[];
  /** Texts above the header (titles, notes) and the sheet name, for years, currency and scale. */
  context: string[];
}

/** Rows sampled when deciding whether a column holds data. */
const SAMPLE_ROWS = 400;

/**
 * The last row of the table that starts at `firstRow`: a row of three or more labels and no
 * numbers after a blank row, with labels where the rows above hold numbers, is the header of
 * another table stacked below ("Item · Cost · Vendor" again, or "Deductions · Housing · Pension").
 */
function endOfTable(view: SheetView, firstRow: number, lastRow: number): number {
  const numeric = new Map<number, number>();
  let blankBefore = false;
  for (let r = firstRow; r <= lastRow; r++) {
    const filled = view.filledCount(r);
    if (filled === 0) {
      blankBefore = true;
      continue;
    }
    let texts = 0;
    let numbers = 0;
    let overNumbers = 0;
    for (let c = 0; c < view.width; c++) {
      const cell = view.cell(r, c);
      if (view.isBlank(r, c)) continue;
      if (isTextCell(cell)) {
        texts++;
        if ((numeric.get(c) ?? 0) >= 2) overNumbers++;
      } else numbers++;
    }
    const repeatsHeader = texts >= 2 && sameLabels(view, r, firstRow - 1);
    if (blankBefore && texts >= 2 && numbers === 0 && (overNumbers >= 2 || repeatsHeader)) {
      let end = r - 1;
      while (end >= firstRow && view.filledCount(end) === 0) end--;
      return end;
    }
    for (let c = 0; c < view.width; c++) {
      const cell = view.cell(r, c);
      if (!view.isBlank(r, c) && !isTextCell(cell)) numeric.set(c, (numeric.get(c) ?? 0) + 1);
    }
    // A title of the next table ("Raspberry Pi Build") may sit between the blank row and its header.
    blankBefore = blankBefore && filled === 1;
  }
  return lastRow;
}

/** Row r holds the same labels as the header row (a second table with the same layout). */
function sameLabels(view: SheetView, r: number, header: number): boolean {
  if (header < 0) return false;
  for (let c = 0; c < view.width; c++) if (view.text(r, c) !== view.text(header, c)) return false;
  return true;
}

export function frameTable(view: SheetView, headerRow: number): TableFrame {
  const firstRow = headerRow + 1;
  let lastRow = view.height - 1;
  while (lastRow >= firstRow && view.filledCount(lastRow) === 0) lastRow--;
  lastRow = Math.min(lastRow, endOfTable(view, firstRow, lastRow));
  const sampleEnd = Math.min(lastRow, firstRow + SAMPLE_ROWS - 1);
  const hasData = (c: number): boolean => {
    for (let r = firstRow; r <= sampleEnd; r++) if (!view.isBlank(r, c)) return true;
    return false;
  };
  const headerCols: number[] = [];
  for (let c = 0; c < view.width; c++) if (!view.isBlank(headerRow, c)) headerCols.push(c);
  const firstHeader = headerCols[0] ?? 0;
  let left = firstHeader;
  while (left > 0 && hasData(left - 1)) left--;
  let right = firstHeader;
  const continues = (c: number): boolean => !view.isBlank(headerRow, c) || hasData(c);
  for (;;) {
    while (right + 1 < view.width && continues(right + 1)) right++;
    // One empty spacer column before period columns ("EXPLOITATIE", blank, 2024, "2025 [B]") is inside the table.
    const after = right + 2;
    if (after < view.width && readPeriodHeader(view.cell(headerRow, after)) !== null && hasData(after)) {
      right = after;
      continue;
    }
    break;
  }

  const ignoredColumns: TableFrame['ignoredColumns'] = [];
  for (const c of headerCols) {
    if (c > right) {
      ignoredColumns.push({
        column: c,
        reason: `it is separated from the table by an empty column`,
      });
    }
  }

  const upperRow = findUpperHeader(view, headerRow, left, right);
  const headers: string[] = [];
  const headerCells: CellValue[] = [];
  const upperHeaders: string[] = [];
  let carried = '';
  for (let c = 0; c < view.width; c++) {
    const lowerCell = view.filled(headerRow, c);
    // A date typed as a column header shows as a date, not as its serial number.
    const lower =
      typeof lowerCell === 'number' &&
      Number.isInteger(lowerCell) &&
      lowerCell >= 25_000 &&
      lowerCell <= 80_000
        ? isoDateFromSerial(lowerCell)
        : cellText(lowerCell);
    let upper = '';
    if (upperRow !== null && c >= left && c <= right) {
      const own = cellText(view.filled(upperRow, c));
      // An upper label such as "Plan 2027" applies to the period columns to its right until the next label.
      if (own !== '') carried = own;
      else if (readPeriodHeader(lowerCell) === null) carried = '';
      upper = own !== '' ? own : carried;
    }
    upperHeaders.push(upper);
    headerCells.push(lowerCell);
    headers.push(upper && lower ? (upper === lower ? lower : `${upper} ${lower}`) : upper || lower);
  }

  const context: string[] = [];
  const contextEnd = upperRow ?? headerRow;
  for (let r = Math.max(0, contextEnd - 8); r < contextEnd; r++) {
    for (let c = 0; c < Math.min(view.width, 40); c++) {
      const text = view.text(r, c);
      if (text !== '' && typeof view.cell(r, c) === 'string') context.push(text);
    }
  }
  context.push(view.name);

  return {
    sheet: view.name,
    headerRow,
    upperRow,
    left,
    right,
    firstRow,
    lastRow,
    headers,
    headerCells,
    upperHeaders,
    ignoredColumns,
    context,
  };
}

/**
 * The row directly above the header is a second header row when it labels groups of columns
 * ("Plan 2027" over Jan–Dec, merged or not) rather than being a title: it has a label away
 * from the table's first column, or a merge that covers part (not all) of the table.
 */
function findUpperHeader(view: SheetView, headerRow: number, left: number, right: number): number | null {
  const r = headerRow - 1;
  if (r < 0) return null;
  const filled: number[] = [];
  for (let c = left; c <= right; c++) if (!isBlankCell(view.cell(r, c))) filled.push(c);
  if (filled.length === 0) return null;
  const width = right - left + 1;
  if (filled.length === 1 && filled[0] === left) {
    // A single label in the first column is a title unless it is a short merged group label.
    if (!view.isMergedAcross(r, left)) return null;
    let span = 0;
    for (let c = left; c <= right && cellText(view.filled(r, c)) === cellText(view.cell(r, left)); c++)
      span++;
    if (span >= width * 0.8 || span < 2) return null;
  }
  // Long sentences are notes, not headers.
  if (filled.some((c) => view.text(r, c).length > 60)) return null;
  return r;
}
