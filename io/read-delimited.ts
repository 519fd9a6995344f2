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

/**
 * Every record of a delimited text as a rectangular grid of text cells (blank fields are null).
 * Values stay text: numbers are read later with the column's locale in mind.
 */
export function parseDelimited(text: string, delimiter: Delimiter): Grid {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1].every((field) => field === '')) rows.pop();
  const width = rows.reduce((max, record) => Math.max(max, record.length), 0);
  return rows.map((record) => {
    const row: Grid[number] = new Array<string | null>(width).fill(null);
    record.forEach((field, c) => {
      row[c] = field === '' ? null : field;
    });
    return row;
  });
}
