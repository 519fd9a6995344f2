import { SHEETS } from '../model/sheets.js';
import { planMove } from '../ladder/move.js';
import type { ActionResultDto } from '../contract/governance-service.js';
import type { MoveRequest } from '../model/move-request.js';
import type { Actor } from '../model/actor.js';
import { refusedResult, unreadableRowRefusal } from './action-refusal.js';
import { commitChange } from './commit-change.js';
import { loadRegister } from './load-register.js';
import { settingsRefusal } from './settings-refusal.js';
import { nowOf, type UseCaseDeps } from './use-case-deps.js';

/** Move an initiative up or back a level, or put it on hold, resume or cancel it; refused moves write nothing. */
export async function move(deps: UseCaseDeps, request: MoveRequest, actor: Actor): Promise<ActionResultDto> {
  const loaded = await loadRegister(deps);
  const broken = settingsRefusal(loaded.register.settings, loaded.read.grids[SHEETS.settings]);
  if (broken) return broken;
  const unreadable = unreadableRowRefusal(loaded, request.id);
  if (unreadable) return unreadable;
  const outcome = planMove(loaded.register, request, actor, nowOf(deps), loaded.rowOf);
  if (!outcome.ok) return refusedResult(outcome.problems, outcome.message);
  const committed = await commitChange(deps, loaded, {
    initiatives: [outcome.initiative],
    events: outcome.events,
  });
  return { ok: true, message: outcome.message, problems: [], wrote: committed.wrote };
}
