import { SETTING_KEYS } from '../codec/settings-sheet.js';
import { ladderProblems } from '../ladder/ladder-problems.js';
import { isoDay } from '../metrics/iso-day.js';
import { cellAddress, type CellProblem, type Grid } from '../model/cell.js';
import type { Settings } from '../model/settings.js';
import { SHEETS } from '../model/sheets.js';

const keyOf = (value: unknown): string =>
  typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLowerCase() : '';

/** The Value cell (column B) of the PG Settings row whose key is `key`, or null. */
export function settingsValueCell(grid: Grid, key: string): string | null {
  const wanted = key.toLowerCase();
  const row = grid.findIndex((r) => keyOf(r?.[0]) === wanted);
  return row < 0 ? null : cellAddress(row, 1);
}

/** Where a ladder problem is fixed: its Level row, the freeze or sign-off row, else the first ladder row. */
function ladderCell(grid: Grid, message: string): string {
  const level = /\bLevel (\d+)\b/.exec(message);
  const candidates = [
    level ? `Level ${level[1]}` : null,
    /^Sign-off/.test(message) ? SETTING_KEYS.signOffLevel : null,
    /^(Plan freeze|The plan must freeze)/.test(message) ? SETTING_KEYS.freezeLevel : null,
    'Level 0',
    SETTING_KEYS.ladderPreset,
  ];
  for (const key of candidates) {
    const cell = key === null ? null : settingsValueCell(grid, key);
    if (cell) return cell;
  }
  return 'A1';
}

/**
 * Settings the decoder could read one by one but that do not work together: a ladder the gates
 * cannot govern, or an as-of date the metrics cannot place. Reported, never silently used.
 * `decoded`: the decoder's own problems, so an unreadable As of says what is used meanwhile.
 */
export function settingsProblems(
  settings: Settings,
  grid: Grid | undefined,
  decoded: readonly CellProblem[],
): { add: CellProblem[]; replace: Map<CellProblem, CellProblem> } {
  const add: CellProblem[] = [];
  const replace = new Map<CellProblem, CellProblem>();
  if (!grid || grid.length === 0) return { add, replace };
  const sheet = SHEETS.settings;
  for (const message of ladderProblems(settings.ladder)) {
    add.push({
      sheet,
      cell: ladderCell(grid, message),
      message: `${message} Until then moves may be refused or weighted wrongly.`,
    });
  }
  const asOfCell = settingsValueCell(grid, SETTING_KEYS.asOf);
  const unreadable = decoded.find((p) => p.sheet === sheet && p.cell === asOfCell);
  if (unreadable) {
    replace.set(unreadable, {
      ...unreadable,
      message: `${unreadable.message.replace(/\.?$/, '')}. Until then PlanGate uses today, ${settings.asOf}, as the as-of date, so "to date" figures and date flags are not those of your review.`,
    });
  } else if (Number.isNaN(isoDay(settings.asOf))) {
    add.push({
      sheet,
      cell: asOfCell ?? 'A1',
      message: `As of: "${settings.asOf}" is not a date PlanGate can place in a period: type it as 2027-03-31. Until then nothing counts as "to date" and no date flag fires.`,
    });
  }
  return { add, replace };
}
