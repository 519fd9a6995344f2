import Papa from 'papaparse';
import type { Grid } from '../core/index.js';

/** The delimiters PlanGate recognises in text exports. */
export type Delimiter = ',' | ';' | '\t';
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/** How many records the delimiter vote looks at: enough to get past title rows above the header. */
const SAMPLE_RECORDS = 80;

/**
 * The delimiter that splits most records into the same number of fields (quote-aware: a `;`
 * inside "…" does not count). Title lines such as "Campaign report" above the header have a
 * single field under every candidate and so do not sway the vote. A tie goes to the candidate
 * with more fields per record, then to the order `,` `;` tab.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  let bestWidth = 0;
  for (const delimiter of CANDIDATES) {
    const parsed = Papa.parse<string[]>(text, {
      delimiter,
      preview: SAMPLE_RECORDS,
      skipEmptyLines: 'greedy',
    });
    const counts = new Map<number, number>();
    for (const record of parsed.data) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    let width = 1;
    let score = 0;
    for (const [fields, records] of counts) {
      if (fields > 1 && (records > score || (records === score && fields > width))) {
        width = fields;
        score = records;
      }
    }
    if (score > bestScore || (score === bestScore && width > bestWidth)) {
      best = delimiter;
      bestScore = score;
      bestWidth = width;
    }
  }
  return best;
}

/** A quote that opens and never closes: every line after it was read into one cell. */
export interface UnclosedQuote {
  /** 1-based row of the grid where the quoted cell starts. */
  row: number;
}

export interface DelimitedTable {
  grid: Grid;
  /** Rows whose cells hold line breaks inside quotes (1-based), so one row spans several lines. */
  multiLineRows: number[];
  unclosedQuote: UnclosedQuote | null;
}

/**
 * Every record of a delimited text as a rectangular grid of text cells (blank fields are null).
 * Values stay text: numbers are read later with the column's locale in mind.
 */
export function parseDelimited(text: string, delimiter: Delimiter): Grid {
  return parseDelimitedTable(text, delimiter).grid;
}

/** `parseDelimited` with what the parser saw: rows spanning several lines, an unclosed quote. */
export function parseDelimitedTable(text: string, delimiter: Delimiter): DelimitedTable {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1].every((field) => field === '')) rows.pop();
  const width = rows.reduce((max, record) => Math.max(max, record.length), 0);
  const multiLineRows: number[] = [];
  const grid = rows.map((record, r) => {
    const row: Grid[number] = new Array<string | null>(width).fill(null);
    let spans = false;
    record.forEach((field, c) => {
      row[c] = field === '' ? null : field;
      if (!spans && /[\r\n]/.test(field)) spans = true;
    });
    if (spans) multiLineRows.push(r + 1);
    return row;
  });
  const quote = parsed.errors.find((e) => e.code === 'MissingQuotes');
  const unclosedQuote = quote && typeof quote.row === 'number' ? { row: quote.row + 1 } : null;
  return { grid, multiLineRows, unclosedQuote };
}
