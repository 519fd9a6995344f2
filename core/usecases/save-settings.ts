import { encodeSettingsSheet } from '../codec/settings-sheet.js';
import type { Register } from '../model/register.js';
import type { SettingsDto } from '../contract/governance-service.js';
import type { Actor } from '../model/actor.js';
import { PlanGateError } from '../contract/plan-gate-error.js';
import { SHEETS } from '../model/sheets.js';
import { applySettingsPatch } from './apply-settings-patch.js';
import { commitChange } from './commit-change.js';
import { loadRegister } from './load-register.js';
import { settingsEvent } from './settings-event.js';
import { settingsInvariantProblems } from './settings-refusal.js';
import { nowOf, type UseCaseDeps } from './use-case-deps.js';

/**
 * Save settings: PG Settings rewritten, a `settings` audit event recording the whole of PG
 * Settings and every key that differs from the last record (old and new, hand edits the saver
 * accepted included), and the register and portfolio recomputed under the new settings
 * (validation lists follow the ladder). Settings that break a governance invariant are refused.
 */
export async function saveSettings(
  deps: UseCaseDeps,
  patch: Partial<SettingsDto>,
  actor: Actor,
): Promise<{ register: Register; wrote: string[] }> {
  const loaded = await loadRegister(deps);
  const outcome = applySettingsPatch(loaded.register, patch);
  if (!outcome.ok) throw new PlanGateError(`Settings were not saved. ${outcome.problems.join(' ')}`);
  const broken = settingsInvariantProblems(outcome.settings, loaded.read.grids[SHEETS.settings]);
  if (broken.length > 0) throw new PlanGateError(`Settings were not saved. ${broken.join(' ')}`);
  const event = settingsEvent(
    loaded.register.audit,
    loaded.register.settings,
    outcome.settings,
    outcome.changed,
    actor,
    nowOf(deps),
  );
  // Nothing changed and PG Audit already records these settings (or there is no register to record them in).
  if (outcome.changed.length === 0 && (event === null || !loaded.hasRegister))
    return { register: loaded.register, wrote: [] };
  const register: Register = { ...loaded.register, settings: outcome.settings };
  const committed = await commitChange(deps, loaded, {
    register,
    rewriteAll: outcome.changed.includes('ladder'),
    events: event ? [event] : [],
    extraWrites: (next) => [encodeSettingsSheet(next.settings)],
  });
  return { register: committed.register, wrote: committed.wrote };
}
