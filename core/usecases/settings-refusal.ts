import { ladderInvariantBreaches } from '../ladder/governance-invariants.js';
import type { Grid } from '../model/cell.js';
import type { Settings } from '../model/settings.js';
import { SHEETS } from '../model/sheets.js';
import type { ActionResultDto } from '../contract/governance-service.js';
import { refusedResult } from './action-refusal.js';
import { settingsValueCell } from './settings-problems.js';

/**
 * The governance invariants `settings` break, each naming its PG Settings cell ("PG Settings
 * B14: Sign-off level is 4, …"). Empty when they hold.
 */
export function settingsInvariantProblems(settings: Settings, grid: Grid | undefined): string[] {
  return ladderInvariantBreaches(settings.ladder).map((breach) => {
    const cell = grid ? settingsValueCell(grid, breach.key) : null;
    return `${SHEETS.settings}${cell ? ` ${cell}` : ''}: ${breach.message}`;
  });
}

/**
 * An action on a register whose PG Settings (edited by hand) break a governance invariant
 * would govern by rules nobody may set: refuse, naming each cell.
 */
export function settingsRefusal(settings: Settings, grid: Grid | undefined): ActionResultDto | null {
  const problems = settingsInvariantProblems(settings, grid);
  if (problems.length === 0) return null;
  return refusedResult(
    problems,
    `PlanGate does not act while PG Settings break a rule of governance (changed by hand): ${problems.join(' ')}`,
  );
}
