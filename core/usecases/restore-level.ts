import { levelLabel } from '../ladder/presets.js';
import { copyInitiative, findInitiative } from '../ladder/outcome.js';
import type { ActionResultDto } from '../contract/governance-service.js';
import { recordedLevels } from '../seal/recorded-levels.js';
import { refusedResult, unreadableRowRefusal } from './action-refusal.js';
import { commitChange } from './commit-change.js';
import { loadRegister } from './load-register.js';
import type { UseCaseDeps } from './use-case-deps.js';

/**
 * Set an initiative's DoI and State in PG Register back to what the audit log recorded, undoing a
 * level typed in by hand (flag `level not recorded`). Nothing is appended to PG Audit: the row
 * returns to what the log already says.
 */
export async function restoreLevel(deps: UseCaseDeps, id: string): Promise<ActionResultDto> {
  const loaded = await loadRegister(deps);
  const found = findInitiative(loaded.register, id);
  if (typeof found === 'string') return refusedResult([found]);
  const unreadable = unreadableRowRefusal(loaded, found.id);
  if (unreadable) return unreadable;
  const recorded = recordedLevels(loaded.register).get(found.id) ?? { level: 0, state: 'active' as const };
  const ladder = loaded.register.settings.ladder;
  if (found.doi === recorded.level && found.state === recorded.state) {
    return refusedResult([
      `${found.id} already shows the recorded level ${levelLabel(ladder, recorded.level)}, ${recorded.state}: nothing to restore.`,
    ]);
  }
  const restored = { ...copyInitiative(found), doi: recorded.level, state: recorded.state };
  const committed = await commitChange(deps, loaded, { initiatives: [restored], events: [] });
  return {
    ok: true,
    message: `Restored ${found.id} to the recorded level ${levelLabel(ladder, recorded.level)}, ${recorded.state} (PG Register showed DoI ${found.doi}, ${found.state}).`,
    problems: [],
    wrote: committed.wrote,
  };
}
