/**
 * The `Keys` cell of PG Register: a list of the IDs an export may name an initiative by.
 *
 * Entries are separated by commas, semicolons or line breaks. An entry that itself holds one of
 * those ("Müller, Hans GmbH") is written in double quotes, as in a CSV line; `""` inside quotes is
 * one quote. Reading is tolerant of what people type: spaces around entries and separators, blank
 * entries, typographic quotes (“…”, „…“) that spreadsheets' autocorrect puts in, text after a
 * closing quote (kept with the entry), and a quote inside an unquoted entry (kept as typed).
 */

/** What reading a Keys cell found; `problem` says what to fix when a quote is never closed. */
export interface KeyList {
  keys: string[];
  problem: string | null;
}

const SEPARATORS = /[,;\n\r]/;
const QUOTES = /["“„”]/;
/** Opening quote → the quotes that close it. */
const CLOSERS: Record<string, string> = { '"': '"', '“': '”"', '„': '“”"', '”': '”"' };

export function readKeyList(text: string): KeyList {
  // Most cells hold no quote: split them the quick way (registers run to tens of thousands of rows).
  if (!QUOTES.test(text)) return { keys: plainKeys(text), problem: null };
  const keys: string[] = [];
  let problem: string | null = null;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Skip the blanks before an entry, so a quote after ", " still opens one.
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++;
    if (i >= n) break;
    const closers = CLOSERS[text[i]];
    let key = '';
    if (closers !== undefined) {
      const close = findClose(text, i + 1, closers);
      if (close === null) {
        // Never closed: read the entry as if unquoted, so the keys after it still match.
        const snippet = text.slice(i, i + 30) + (n - i > 30 ? '…' : '');
        problem ??= `the quote at ${snippet} is never closed: add a closing quote after the key, or remove this one.`;
        const end = nextSeparator(text, i);
        key = text.slice(i, end);
        i = end;
      } else {
        key = close.value;
        const end = nextSeparator(text, close.after);
        key += text.slice(close.after, end);
        i = end;
      }
    } else {
      const end = nextSeparator(text, i);
      key = text.slice(i, end);
      i = end;
    }
    const trimmed = key.replace(/\u00a0/g, ' ').trim();
    if (trimmed !== '') keys.push(trimmed);
    i++; // past the separator
  }
  return { keys, problem };
}

function plainKeys(text: string): string[] {
  const keys: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const key = part.replace(/\u00a0/g, ' ').trim();
    if (key !== '') keys.push(key);
  }
  return keys;
}

function nextSeparator(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === ',' || c === ';' || c === '\n' || c === '\r') return i;
  }
  return text.length;
}

/** The end of a quoted entry: its text (`""` read as `"`) and the index after the closing quote. */
function findClose(text: string, from: number, closers: string): { value: string; after: number } | null {
  let value = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' && text[i + 1] === '"') {
      value += '"';
      i++;
      continue;
    }
    if (closers.includes(c)) return { value, after: i + 1 };
    value += c;
  }
  return null;
}

/** An entry needs quotes when it holds a separator or starts with a quote. */
const NEEDS_QUOTES = /[,;\n\r]|^["“„”]/;

/**
 * The Keys cell for a list: entries joined by `, `, each quoted only when it must be, so a
 * register whose keys hold no comma reads exactly as before. `readKeyList(writeKeyList(k))`
 * gives `k` back for trimmed, non-blank keys.
 */
export function writeKeyList(keys: readonly string[]): string {
  return keys.map((key) => (NEEDS_QUOTES.test(key) ? `"${key.replace(/"/g, '""')}"` : key)).join(', ');
}
