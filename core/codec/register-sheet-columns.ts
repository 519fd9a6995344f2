import type { CellValue } from '../model/cell.js';
import { columnLetter } from '../model/cell.js';
import {
  type ComputedColumn,
  COMPUTED_COLUMNS,
  computedColumnOf,
  computedHeader,
} from './computed-columns.js';
import { headerKey, headerText } from './header-key.js';
import { type GovernedColumn, GOVERNED_COLUMNS } from './register-columns.js';

/** A column of `PG Register` as found in (or written to) the sheet. */
export type RegisterColumn =
  | { type: 'governed'; header: string; governed: GovernedColumn; source?: number }
  | { type: 'computed'; header: string; computed: ComputedColumn; source?: number }
  | { type: 'extra'; header: string; source?: number };

const GOVERNED_BY_KEY = new Map(GOVERNED_COLUMNS.map((c) => [headerKey(c.header), c]));

/**
 * Classify a header row: governed and computed columns by header text (case-insensitive, any
 * order), everything else is the user's own column. A blank header over data is named by its
 * letter (`Column Q`); a repeated header gets ` (2)` so every user column keeps its values.
 */
export function columnsFromHeader(
  header: readonly CellValue[],
  hasData: (col: number) => boolean,
): RegisterColumn[] {
  const seen = new Set<string>();
  const columns: RegisterColumn[] = [];
  header.forEach((cell, source) => {
    let text = headerText(cell);
    const governed = GOVERNED_BY_KEY.get(headerKey(text));
    const computed = governed ? undefined : computedColumnOf(text);
    if (governed && !seen.has(headerKey(governed.header))) {
      seen.add(headerKey(governed.header));
      columns.push({ type: 'governed', header: governed.header, governed, source });
      return;
    }
    if (computed && !seen.has(headerKey(computed.name))) {
      seen.add(headerKey(computed.name));
      columns.push({ type: 'computed', header: computedHeader(computed), computed, source });
      return;
    }
    if (text === '') {
      if (!hasData(source)) return;
      text = `Column ${columnLetter(source)}`;
    }
    let unique = text;
    for (let n = 2; seen.has(headerKey(unique)); n++) unique = `${text} (${n})`;
    seen.add(headerKey(unique));
    columns.push({ type: 'extra', header: unique, source });
  });
  return columns;
}

/** PRODUCT.md's order: governed columns, the user's columns, then the computed ones. */
export function canonicalColumns(extraColumns: readonly string[]): RegisterColumn[] {
  return [
    ...GOVERNED_COLUMNS.map((governed): RegisterColumn => ({
      type: 'governed',
      header: governed.header,
      governed,
    })),
    ...extraColumns.map((header): RegisterColumn => ({ type: 'extra', header })),
    ...COMPUTED_COLUMNS.map((computed): RegisterColumn => ({
      type: 'computed',
      header: computedHeader(computed),
      computed,
    })),
  ];
}

/**
 * The columns to write: the sheet's own order when it has one (so user columns stay where the
 * user put them), with any missing governed column inserted after its predecessor, missing user
 * columns before the first computed column, and missing computed columns at the end.
 */
export function resolveColumns(
  existing: RegisterColumn[] | null,
  extraColumns: readonly string[],
): RegisterColumn[] {
  if (!existing || existing.length === 0) return canonicalColumns(extraColumns);
  const columns = [...existing];
  const has = (header: string): boolean => columns.some((c) => headerKey(c.header) === headerKey(header));
  let previous = -1;
  for (const governed of GOVERNED_COLUMNS) {
    const at = columns.findIndex((c) => c.type === 'governed' && c.governed === governed);
    if (at >= 0) {
      previous = at;
      continue;
    }
    columns.splice(previous + 1, 0, { type: 'governed', header: governed.header, governed });
    previous += 1;
  }
  for (const header of extraColumns) {
    if (has(header)) continue;
    const firstComputed = columns.findIndex((c) => c.type === 'computed');
    columns.splice(firstComputed < 0 ? columns.length : firstComputed, 0, { type: 'extra', header });
  }
  for (const computed of COMPUTED_COLUMNS) {
    if (!columns.some((c) => c.type === 'computed' && c.computed === computed)) {
      columns.push({ type: 'computed', header: computedHeader(computed), computed });
    }
  }
  return columns;
}
