/**
 * Moves on the ladder and changes of state, planned without side effects: the caller seals
 * the events (`sealEvents`), writes the initiative and appends the audit rows in one write.
 *
 * - up: exactly one level; every criterion of the gate met; the actor among its movers.
 *   Entering the freeze level seals the baseline (target, plan, actual) in the event.
 *   Entering the sign-off level is refused here: closure only happens through sign-off.
 * - back: one level down, with a reason, by the owner, sponsor, controller or PMO. Re-open
 *   rule: a closed initiative goes back to the level below sign-off (state active, the
 *   confirmation cleared but kept in the event) only by a controller or the PMO.
 * - hold, cancel: from any level, with a reason, by the sponsor or PMO.
 * - resume: from hold, by the sponsor or PMO.
 * - rebaseline: at or after the freeze, the sponsor or PMO approves the current plan (see `rebaseline.ts`).
 * Nothing else moves a closed or cancelled initiative.
 */
import type { AuditAction } from '../model/audit.js';
import type { Initiative, State } from '../model/initiative.js';
import type { Register } from '../model/register.js';
import type { MoveRequest } from '../model/move-request.js';
import type { Actor } from '../model/actor.js';
import { canonicalJson, type JsonValue } from '../seal/canonical-json.js';
import { seriesRecord } from '../seal/sealed-series.js';
import { anonymousProblem, evaluateGate } from './gate-check.js';
import { copyInitiative, findInitiative, refused, type MoveOutcome, type UnsealedEvent } from './outcome.js';
import { ladderLevel, levelLabel, topLevel } from './presets.js';
import { planRebaseline } from './rebaseline.js';
import { mayMove, rolesOf } from './roles.js';
import { onRegister, type RowLookup } from './where.js';

export type { MoveOutcome, UnsealedEvent } from './outcome.js';

/** The values a freeze or sign-off approves, as sealed in the event payload. */
export function sealedValues(register: Register, initiative: Initiative): Record<string, JsonValue> {
  return {
    target: initiative.target,
    plan: seriesRecord(initiative.plan, register.periods),
    actual: seriesRecord(initiative.actual, register.periods),
  };
}

interface Step {
  register: Register;
  initiative: Initiative;
  actor: Actor;
  now: string;
  reason: string;
  rowOf?: RowLookup;
}

function event(
  step: Step,
  action: AuditAction,
  from: string,
  to: string,
  payload: Record<string, JsonValue>,
): UnsealedEvent {
  return {
    time: step.now,
    actor: step.actor.name.trim(),
    identity: step.actor.kind,
    action,
    initiative: step.initiative.id,
    from,
    to,
    payload: canonicalJson(payload),
  };
}

function done(initiative: Initiative, events: UnsealedEvent[], message: string): MoveOutcome {
  return { ok: true, initiative, events, message };
}

/** A DoI the ladder does not have (typed by hand, or left over from another ladder). */
function unknownLevel(step: Step): string | null {
  const { register, initiative } = step;
  const ladder = register.settings.ladder;
  if (ladderLevel(ladder, initiative.doi)) return null;
  return `${initiative.id} is at DoI ${initiative.doi}, which the ladder does not have: set DoI ${onRegister(initiative, step.rowOf)} to a level from 0 to ${topLevel(ladder)}.`;
}

function up(step: Step): MoveOutcome {
  const { register, initiative } = step;
  const ladder = register.settings.ladder;
  const toLevel = initiative.doi + 1;
  const unknown = unknownLevel(step);
  if (unknown !== null) return refused([unknown]);
  if (!ladderLevel(ladder, toLevel))
    return refused([`${initiative.id} is at ${levelLabel(ladder, initiative.doi)}, the top of the ladder.`]);
  const { problems } = evaluateGate(register, initiative, toLevel, step.actor, { rowOf: step.rowOf });
  if (toLevel === ladder.signOffLevel || toLevel === topLevel(ladder)) {
    problems.unshift(
      `Moving ${initiative.id} to ${levelLabel(ladder, toLevel)} is the controller's sign-off: the controller uses Sign off, confirming the realised value and naming the evidence.`,
    );
  }
  if (problems.length > 0) return refused(problems);

  const freeze = toLevel === ladder.freezeLevel;
  const payload: Record<string, JsonValue> = { kind: 'up', fromLevel: initiative.doi, toLevel };
  if (step.reason.trim()) payload.reason = step.reason.trim();
  if (freeze) Object.assign(payload, { freeze: true }, sealedValues(register, initiative));
  const moved = { ...copyInitiative(initiative), doi: toLevel };
  const to = levelLabel(ladder, toLevel);
  return done(
    moved,
    [event(step, 'move', levelLabel(ladder, initiative.doi), to, payload)],
    `Moved ${initiative.id} to ${to}.${freeze ? ' Its plan is now frozen as the baseline.' : ''}`,
  );
}

function needReason(step: Step, what: string): string | null {
  return step.reason.trim() ? null : `${what} needs a reason: say why in Reason.`;
}

function back(step: Step): MoveOutcome {
  const { register, initiative, actor } = step;
  const ladder = register.settings.ladder;
  const roles = rolesOf(register.settings, initiative, actor.name);
  const problems: string[] = [];
  const reopen = initiative.state === 'closed';
  const toLevel = reopen ? ladder.signOffLevel - 1 : initiative.doi - 1;
  const push = (p: string | null): void => void (p !== null && problems.push(p));
  push(anonymousProblem(actor));
  const unknown = reopen ? null : unknownLevel(step);
  push(unknown);
  if (initiative.state === 'cancelled')
    push(`${initiative.id} is cancelled: a cancelled initiative does not move.`);
  else if (reopen) {
    if (!mayMove(roles, ['controller', 'pmo']))
      push(`Only a controller or the PMO may re-open ${initiative.id}, which is closed.`);
  } else {
    if (unknown === null && (toLevel < 0 || !ladderLevel(ladder, toLevel)))
      push(`${initiative.id} is at ${levelLabel(ladder, initiative.doi)}, the bottom of the ladder.`);
    if (!mayMove(roles, ['owner', 'sponsor', 'controller', 'pmo']))
      push(
        `Only ${initiative.id}'s owner, sponsor or controller, or the PMO, may move it back; ${actor.name || 'you'} is none of these.`,
      );
  }
  push(needReason(step, reopen ? 'Re-opening' : 'A step back'));
  if (problems.length > 0) return refused(problems);

  const reason = step.reason.trim();
  const from = levelLabel(ladder, initiative.doi);
  const to = levelLabel(ladder, toLevel);
  const moved: Initiative = { ...copyInitiative(initiative), doi: toLevel };
  const payload: Record<string, JsonValue> = { kind: 'back', fromLevel: initiative.doi, toLevel, reason };
  if (reopen) {
    Object.assign(payload, {
      reopen: true,
      confirmedValue: initiative.confirmedValue,
      confirmedBy: initiative.confirmedBy,
      confirmedAt: initiative.confirmedAt,
      evidence: initiative.evidence,
    });
    Object.assign(moved, {
      state: 'active',
      confirmedValue: null,
      confirmedBy: '',
      confirmedAt: null,
      evidence: '',
    } satisfies Partial<Initiative>);
  }
  const unfrozen = initiative.doi >= ladder.freezeLevel && toLevel < ladder.freezeLevel;
  return done(
    moved,
    [event(step, 'move', from, to, payload)],
    reopen
      ? `Re-opened ${initiative.id} at ${to}; it needs a new sign-off to close.`
      : `Moved ${initiative.id} back to ${to}.${unfrozen ? ' Its plan is no longer frozen.' : ''}`,
  );
}

function changeState(
  step: Step,
  action: 'hold' | 'resume' | 'cancel',
  allowedFrom: readonly State[],
  to: State,
): MoveOutcome {
  const { register, initiative, actor } = step;
  const roles = rolesOf(register.settings, initiative, actor.name);
  const verb = { hold: 'put on hold', resume: 'resumed', cancel: 'cancelled' }[action];
  const problems: string[] = [];
  const push = (p: string | null): void => void (p !== null && problems.push(p));
  push(anonymousProblem(actor));
  if (!allowedFrom.includes(initiative.state)) {
    push(
      action === 'resume'
        ? `${initiative.id} is ${initiative.state}, not on hold: there is nothing to resume.`
        : `${initiative.id} is ${initiative.state}: it cannot be ${verb}.`,
    );
  }
  if (!mayMove(roles, ['sponsor', 'pmo']))
    push(
      `Only the sponsor${initiative.sponsor.trim() ? ` (${initiative.sponsor.trim()})` : ''} or the PMO may have ${initiative.id} ${verb}.`,
    );
  if (action !== 'resume') push(needReason(step, action === 'hold' ? 'Putting on hold' : 'Cancelling'));
  if (problems.length > 0) return refused(problems);

  const payload: Record<string, JsonValue> = { level: initiative.doi };
  if (step.reason.trim()) payload.reason = step.reason.trim();
  return done(
    { ...copyInitiative(initiative), state: to },
    [event(step, action, initiative.state, to, payload)],
    `${initiative.id} ${action === 'resume' ? 'is active again' : `is ${to}`}.`,
  );
}

export function planMove(
  register: Register,
  request: MoveRequest,
  actor: Actor,
  now: string,
  rowOf?: RowLookup,
): MoveOutcome {
  const found = findInitiative(register, request.id);
  if (typeof found === 'string') return refused([found]);
  const step: Step = {
    register,
    initiative: found,
    actor,
    now,
    reason: typeof request.reason === 'string' ? request.reason : '',
    rowOf,
  };
  switch (request.kind) {
    case 'up':
      return up(step);
    case 'back':
      return back(step);
    case 'hold':
      return changeState(step, 'hold', ['active'], 'on hold');
    case 'resume':
      return changeState(step, 'resume', ['on hold'], 'active');
    case 'cancel':
      return changeState(step, 'cancel', ['active', 'on hold'], 'cancelled');
    case 'rebaseline':
      return planRebaseline(register, found, step.reason, actor, now, rowOf);
    default:
      return refused([
        `Unknown move "${String(request.kind)}": use up, back, hold, resume, cancel or rebaseline.`,
      ]);
  }
}
