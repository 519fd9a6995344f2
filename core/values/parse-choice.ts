import type { CellValue } from '../model/cell.js';
import { type Parsed, parseFailure, parsedValue, shown } from './parsed.js';
import { parseText } from './parse-text.js';

/**
 * One of a fixed list (State, Impact type, a light), case- and space-insensitive, with common
 * variants (`on-hold`, `canceled`, `yellow`). `label` names the column in the message.
 */
export function parseChoice<T extends string>(
  cell: CellValue | undefined,
  choices: readonly T[],
  label: string,
  synonyms: Readonly<Record<string, T>> = {},
): Parsed<T> {
  const read = parseText(cell);
  if (!read.ok || read.value === null) return read as Parsed<T>;
  const key = read.value.toLowerCase().replace(/[\s_-]+/g, ' ');
  const found = choices.find((choice) => choice.toLowerCase() === key) ?? synonyms[key];
  return found
    ? parsedValue(found)
    : parseFailure(`${shown(cell)} is not a valid ${label}: choose one of ${choices.join(', ')}`);
}
