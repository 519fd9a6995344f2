/**
 * Whether the acting person may make each move now, answered by the same rules `planMove`
 * applies, so the pane can disable a button with the refusal the click would have produced.
 */
import type { Initiative } from '../model/initiative.js';
import type { Register } from '../model/register.js';
import type { MoveAvailabilityDto } from '../contract/governance-service.js';
import type { MoveKind } from '../model/move-request.js';
import type { Actor } from '../model/actor.js';
import { planMove } from './move.js';
import type { RowLookup } from './where.js';

export const MOVE_KINDS: readonly MoveKind[] = ['up', 'back', 'hold', 'resume', 'cancel', 'rebaseline'];

/**
 * The reason is typed in the form after the pane shows the buttons, so availability assumes one
 * is given: a missing reason is the form's prompt, not a rule that forbids the move. The planned
 * events are thrown away, so their timestamp does not matter.
 */
const REASON_GIVEN_IN_FORM = 'reason given in the form';
const UNUSED_TIME = '';

export function moveAvailability(
  register: Register,
  initiative: Initiative,
  kind: MoveKind,
  actor: Actor,
  rowOf?: RowLookup,
): MoveAvailabilityDto {
  const outcome = planMove(
    register,
    { id: initiative.id, kind, reason: REASON_GIVEN_IN_FORM },
    actor,
    UNUSED_TIME,
    rowOf,
  );
  return outcome.ok ? { allowed: true, refusal: null } : { allowed: false, refusal: outcome.message };
}

/** Every move's availability for this actor; `blocked` (e.g. unreadable cells) refuses them all alike. */
export function moveAvailabilities(
  register: Register,
  initiative: Initiative,
  actor: Actor,
  rowOf?: RowLookup,
  blocked?: string,
): Record<MoveKind, MoveAvailabilityDto> {
  const answers = {} as Record<MoveKind, MoveAvailabilityDto>;
  for (const kind of MOVE_KINDS) {
    answers[kind] =
      blocked === undefined
        ? moveAvailability(register, initiative, kind, actor, rowOf)
        : { allowed: false, refusal: blocked };
  }
  return answers;
}
