import { encodeSettingsSheet } from '../codec/settings-sheet.js';
import type { Register } from '../model/register.js';
import type { SettingsDto } from '../contract/governance-service.js';
import type { Actor } from '../model/actor.js';
import { PlanGateError } from '../contract/plan-gate-error.js';
import { canonicalJson, type JsonValue } from '../seal/canonical-json.js';
import { applySettingsPatch } from './apply-settings-patch.js';
import { commitChange } from './commit-change.js';
import { loadRegister } from './load-register.js';
import { nowOf, type UseCaseDeps } from './use-case-deps.js';

/**
 * Save settings: PG Settings rewritten, a `settings` audit event naming what changed, and the
 * register and portfolio recomputed under the new settings (validation lists follow the ladder).
 */
export async function saveSettings(
  deps: UseCaseDeps,
  patch: Partial<SettingsDto>,
  actor: Actor,
): Promise<{ register: Register; wrote: string[] }> {
  const loaded = await loadRegister(deps);
  const outcome = applySettingsPatch(loaded.register, patch);
  if (!outcome.ok) throw new PlanGateError(`Settings were not saved. ${outcome.problems.join(' ')}`);
  if (outcome.changed.length === 0) return { register: loaded.register, wrote: [] };
  const register: Register = { ...loaded.register, settings: outcome.settings };
  const payload: Record<string, JsonValue> = {};
  for (const key of outcome.changed)
    payload[key] = JSON.parse(
      JSON.stringify(outcome.settings[key as keyof typeof outcome.settings]),
    ) as JsonValue;
  const committed = await commitChange(deps, loaded, {
    register,
    rewriteAll: outcome.changed.includes('ladder'),
    events: [
      {
        time: nowOf(deps),
        actor: actor.name,
        identity: actor.kind,
        action: 'settings',
        initiative: '',
        from: '',
        to: outcome.changed.join(', '),
        payload: canonicalJson(payload),
      },
    ],
    extraWrites: (next) => [encodeSettingsSheet(next.settings)],
  });
  return { register: committed.register, wrote: committed.wrote };
}
