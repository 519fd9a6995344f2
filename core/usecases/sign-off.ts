import { SHEETS } from '../model/sheets.js';
import { planSignOff } from '../ladder/sign-off.js';
import type { ActionResultDto } from '../contract/governance-service.js';
import type { SignOffRequest } from '../model/sign-off-request.js';
import type { Actor } from '../model/actor.js';
import { refusedResult, unreadableRowRefusal } from './action-refusal.js';
import { commitChange } from './commit-change.js';
import { loadRegister } from './load-register.js';
import { settingsRefusal } from './settings-refusal.js';
import { nowOf, type UseCaseDeps } from './use-case-deps.js';

/** Controller-backed closure: seals the approved values in PG Audit and closes the initiative. */
export async function signOff(
  deps: UseCaseDeps,
  request: SignOffRequest,
  actor: Actor,
): Promise<ActionResultDto> {
  const loaded = await loadRegister(deps);
  const broken = settingsRefusal(loaded.register.settings, loaded.read.grids[SHEETS.settings]);
  if (broken) return broken;
  const unreadable = unreadableRowRefusal(loaded, request.id);
  if (unreadable) return unreadable;
  const outcome = planSignOff(loaded.register, request, actor, nowOf(deps), loaded.rowOf);
  if (!outcome.ok) return refusedResult(outcome.problems, outcome.message);
  const committed = await commitChange(deps, loaded, {
    initiatives: [outcome.initiative],
    events: outcome.events,
  });
  return { ok: true, message: outcome.message, problems: [], wrote: committed.wrote };
}
