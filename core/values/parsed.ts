/**
 * What a tolerant reader returns: a value (null for a blank cell) or a message saying what is
 * wrong and what to type instead. Readers never throw on user input.
 */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; message: string };

export function parsedValue<T>(value: T | null): Parsed<T> {
  return { ok: true, value };
}

export function parseFailure<T>(message: string): Parsed<T> {
  return { ok: false, message };
}

/** How a cell looks in a message: text quoted, numbers as they are. */
export function shown(cell: unknown): string {
  if (typeof cell === 'string') return `"${cell.length > 40 ? `${cell.slice(0, 37)}…` : cell}"`;
  return String(cell);
}
