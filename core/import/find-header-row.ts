import { isTextCell } from './cell-text.js';
import { matchHeader } from './header-synonyms.js';
import { readPeriodHeader } from './period-header.js';
import type { SheetView } from './sheet-view.js';

/** How far down a header is looked for: title blocks and notes rarely run longer. */
const SEARCH_ROWS = 60;
/** Rows below a candidate header inspected to see whether data follows. */
const LOOK_BELOW = 12;

export interface HeaderCandidate {
  /** 0-based row of the (last) header row. */
  row: number;
  score: number;
  synonymHits: number;
  periodHits: number;
  /** Labels that are not periods. */
  texts: number;
}

/**
 * The row most likely to be the table header: many text cells, words that name register
 * fields or periods, and rows of data below it. Title rows (one cell), notes and numeric rows
 * score low. Returns null when no row has at least two labels with data below.
 */
export function findHeaderRow(view: SheetView): HeaderCandidate | null {
  let best: HeaderCandidate | null = null;
  const last = Math.min(view.height, SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const candidate = scoreRow(view, r);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  // A row of period labels directly below the best row is the lower half of a two-row header.
  if (best && best.row + 1 < last) {
    const below = scoreRow(view, best.row + 1);
    if (below && below.periodHits >= 2 && below.periodHits >= best.periodHits && below.texts <= 1)
      return below;
  }
  return best;
}

function scoreRow(view: SheetView, r: number): HeaderCandidate | null {
  let texts = 0;
  let numbers = 0;
  let synonymHits = 0;
  let periodHits = 0;
  let longTexts = 0;
  const seen = new Set<string>();
  let duplicates = 0;
  const serials: number[] = [];
  for (let c = 0; c < view.width; c++) {
    const cell = view.cell(r, c);
    if (cell === null || (typeof cell === 'string' && cell.trim() === '')) continue;
    const period = readPeriodHeader(cell);
    if (period?.kind === 'date' && typeof cell === 'number') {
      serials.push(cell);
      continue;
    }
    if (period) {
      periodHits++;
      continue;
    }
    if (isTextCell(cell)) {
      texts++;
      const text = cell.trim();
      if (text.length > 60) longTexts++;
      if (seen.has(text.toLowerCase())) duplicates++;
      seen.add(text.toLowerCase());
      if (matchHeader(text).length > 0) synonymHits++;
    } else {
      numbers++;
    }
  }
  // Date serials head a table only as a calendar of months or of days; other numbers are data.
  if (serialsArePeriods(serials)) periodHits += serials.length;
  else numbers += serials.length;
  if (texts + periodHits < 2) return null;
  let dataRows = 0;
  for (let below = r + 1; below <= r + LOOK_BELOW && below < view.height; below++) {
    if (view.filledCount(below) >= 2) dataRows++;
  }
  if (dataRows === 0) return null;
  // Period headers count most when there are several (a row of months), little when alone.
  const periodScore = periodHits >= 3 ? periodHits * 1.2 : periodHits * 0.5;
  const score =
    synonymHits * 3 +
    texts +
    periodScore +
    Math.min(dataRows, 6) * 0.5 -
    numbers * 2 -
    longTexts * 2 -
    duplicates * 0.5;
  return { row: r, score, synonymHits, periodHits, texts };
}

/**
 * Serial dates that read as period headers: most of them first days of months, or days in steady
 * steps (a calendar, `=H5+1` across a row). Other numbers in a header position are data.
 */
function serialsArePeriods(serials: readonly number[]): boolean {
  if (serials.length === 0) return false;
  const whole = serials.filter((v) => Number.isInteger(v));
  const firstOfMonth = whole.filter((v) => new Date(Date.UTC(1899, 11, 30 + v)).getUTCDate() === 1).length;
  let steady = 0;
  for (let i = 1; i < serials.length; i++) {
    const step = serials[i] - serials[i - 1];
    if (step === 1 || step === 7) steady++;
  }
  const inRun = steady > 0 ? steady + 1 : 0;
  return Math.max(firstOfMonth, inRun) >= serials.length * 0.8;
}
