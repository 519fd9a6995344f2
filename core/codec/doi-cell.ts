import type { CellValue } from '../model/cell.js';
import type { Ladder } from '../model/ladder.js';
import { type Parsed, parseFailure, parsedValue } from '../values/parsed.js';
import { headerKey } from './header-key.js';

/** How PG Register shows a level: `3 Decided` (also the validation list entries). */
export function doiLabel(ladder: Ladder, level: number): string {
  const found = ladder.levels.find((l) => l.level === level);
  return found ? `${level} ${found.name}` : String(level);
}

export function doiChoices(ladder: Ladder): string[] {
  return ladder.levels.map((l) => doiLabel(ladder, l.level));
}

/**
 * Reads `3`, `3 Decided`, `3 - Decided`, `Decided`, `DoI 3`, `L3`; blank is level 0. A number with
 * another ladder's name still reads as the number; a number contradicting this ladder's names
 * (`3 Closed`) is refused.
 */
export function parseDoi(cell: CellValue | undefined, ladder: Ladder): Parsed<number> {
  if (cell === null || cell === undefined) return parsedValue(0);
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && ladder.levels.some((l) => l.level === cell)
      ? parsedValue(cell)
      : doiFailure(cell, ladder);
  }
  const text = headerKey(cell);
  if (text === '') return parsedValue(0);
  const numbered = /^(?:doi|l)?\s*(\d+)(?:\s*[-–:.]?\s*(.*))?$/.exec(text);
  if (numbered) {
    const level = Number(numbered[1]);
    const name = numbered[2] ?? '';
    const entry = ladder.levels.find((l) => l.level === level);
    // The number decides: after a ladder change "3 Decided" still means level 3.
    const contradicts =
      name !== '' && ladder.levels.some((l) => l.level !== level && headerKey(l.name) === name);
    return entry && !contradicts ? parsedValue(level) : doiFailure(cell, ladder);
  }
  const byName = ladder.levels.find((l) => headerKey(l.name) === text);
  return byName ? parsedValue(byName.level) : doiFailure(cell, ladder);
}

function doiFailure(cell: CellValue, ladder: Ladder): Parsed<number> {
  const levels = ladder.levels.map((l) => `${l.level} ${l.name}`).join(', ');
  return parseFailure(`"${String(cell).trim()}" is not a DoI level of this ladder: choose one of ${levels}`);
}
