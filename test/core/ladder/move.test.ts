import { describe, expect, it } from 'vitest';
import { planMove, type MoveOutcome } from '../../../core/ladder/move.js';
import type { Initiative } from '../../../core/model/initiative.js';
import type { MoveRequestDto, IdentityDto } from '../../../core/contract/governance-service.js';
import { parsePayload } from '../../../core/seal/canonical-json.js';
import {
  CONTROLLER,
  OWNER,
  PMO,
  SPONSOR,
  STRANGER,
  closedInitiative,
  initiative,
  moveEvent,
  problemsOf,
  register,
  rowsOf,
} from './register-builder.js';

const NOW = '2027-03-31T09:15:00.000Z';

function move(
  subject: Initiative,
  kind: MoveRequestDto['kind'],
  actor: IdentityDto,
  reason = '',
): MoveOutcome {
  return planMove(register([subject]), { id: subject.id, kind, reason }, actor, NOW);
}

function ok(outcome: MoveOutcome) {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('up', () => {
  it('moves one level and records the event', () => {
    const subject = initiative('A', { doi: 0, nextGateDue: '2027-04-01' });
    const result = ok(move(subject, 'up', OWNER));
    expect(result.message).toBe('Moved A to 1 Identified.');
    expect(result.initiative.doi).toBe(1);
    expect(result.initiative.state).toBe('active');
    expect(result.initiative.nextGateDue).toBe('2027-04-01');
    expect(result.events).toEqual([moveEvent({ time: NOW })]);
    expect(subject.doi).toBe(0);
  });

  it('freezes the baseline on entering the freeze level', () => {
    const subject = initiative('A', { doi: 2, plan: [100, null, 300.5], actual: [90] });
    const result = ok(move(subject, 'up', SPONSOR, 'Business case approved'));
    expect(result.message).toBe('Moved A to 3 Decided. Its plan is now frozen as the baseline.');
    expect(result.events[0].payload).toBe(
      '{"actual":{"2027-01":90},"freeze":true,"fromLevel":2,"kind":"up","plan":{"2027-01":100,"2027-03":300.5},"reason":"Business case approved","target":120000,"toLevel":3}',
    );
  });

  it('refuses the owner at the decision gate', () => {
    expect(move(initiative('A', { doi: 2 }), 'up', OWNER)).toEqual({
      ok: false,
      problems: [
        'The go decision cannot come from the owner (Olga Owner): the sponsor (Sam Sponsor) or the PMO must move it to 3 Decided.',
      ],
      message:
        'The go decision cannot come from the owner (Olga Owner): the sponsor (Sam Sponsor) or the PMO must move it to 3 Decided.',
    });
  });

  it('refuses unmet criteria', () => {
    const outcome = move(initiative('A', { doi: 1, plan: [] }), 'up', OWNER);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe('No plan phasing: enter planned values per period in the A row of PG Plan.');
  });

  it('never moves into the sign-off level', () => {
    expect(move(initiative('A', { doi: 4 }), 'up', CONTROLLER).message).toBe(
      "Moving A to 5 Closed is the controller's sign-off: the controller uses Sign off, confirming the realised value and naming the evidence.",
    );
  });

  it('refuses at the top of the ladder, when closed and when cancelled', () => {
    expect(move(initiative('A', { doi: 5, state: 'active' }), 'up', PMO).message).toBe(
      'A is at 5 Closed, the top of the ladder.',
    );
    expect(move(initiative('A', { doi: 2, state: 'cancelled' }), 'up', PMO).message).toBe(
      'A is cancelled: a cancelled initiative does not move.',
    );
    expect(move(initiative('A', { doi: 4, state: 'closed' }), 'up', PMO).ok).toBe(false);
  });

  it('refuses a DoI the ladder does not have, up or back', () => {
    const odd = initiative('A', { doi: 7 });
    const reg = register([odd]);
    const message =
      'A is at DoI 7, which the ladder does not have: set DoI on PG Register row 2 to a level from 0 to 5.';
    expect(planMove(reg, { id: 'A', kind: 'up', reason: '' }, PMO, NOW, rowsOf(reg)).message).toBe(message);
    expect(planMove(reg, { id: 'A', kind: 'back', reason: 'x' }, PMO, NOW, rowsOf(reg)).message).toBe(
      message,
    );
  });

  it('refuses an unknown ID', () => {
    expect(planMove(register([]), { id: ' Z-9 ', kind: 'up', reason: '' }, PMO, NOW)).toEqual({
      ok: false,
      problems: [
        'There is no initiative "Z-9" in PG Register: check the ID, or refresh if it was added just now.',
      ],
      message:
        'There is no initiative "Z-9" in PG Register: check the ID, or refresh if it was added just now.',
    });
  });

  it('finds the ID case-insensitively', () => {
    const subject = initiative('CAMP-07', { doi: 0 });
    expect(planMove(register([subject]), { id: 'camp-07', kind: 'up', reason: '' }, OWNER, NOW).ok).toBe(
      true,
    );
  });
});

describe('back', () => {
  it('needs a reason', () => {
    expect(move(initiative('A', { doi: 2 }), 'back', OWNER, '  ').message).toBe(
      'A step back needs a reason: say why in Reason.',
    );
  });

  it('steps one level down and lifts the freeze below the freeze level', () => {
    const result = ok(move(initiative('A', { doi: 3 }), 'back', SPONSOR, 'Budget cut'));
    expect(result.initiative.doi).toBe(2);
    expect(result.message).toBe('Moved A back to 2 Detailed. Its plan is no longer frozen.');
    expect(result.events[0]).toMatchObject({ action: 'move', from: '3 Decided', to: '2 Detailed' });
    expect(parsePayload(result.events[0].payload)).toEqual({
      kind: 'back',
      fromLevel: 3,
      toLevel: 2,
      reason: 'Budget cut',
    });
  });

  it('refuses at the bottom and for outsiders', () => {
    expect(move(initiative('A', { doi: 0 }), 'back', OWNER, 'x').message).toBe(
      'A is at 0 Defined, the bottom of the ladder.',
    );
    expect(move(initiative('A', { doi: 2 }), 'back', STRANGER, 'x').message).toBe(
      "Only A's owner, sponsor or controller, or the PMO, may move it back; Xavier Nobody is none of these.",
    );
  });

  it('re-opens a closed initiative only by a controller or the PMO', () => {
    const closed = closedInitiative('A');
    expect(move(closed, 'back', OWNER, 'wrong value').message).toBe(
      'Only a controller or the PMO may re-open A, which is closed.',
    );
    const result = ok(move(closed, 'back', CONTROLLER, 'wrong value'));
    expect(result.message).toBe('Re-opened A at 4 Implemented; it needs a new sign-off to close.');
    expect(result.initiative).toMatchObject({
      doi: 4,
      state: 'active',
      confirmedValue: null,
      confirmedBy: '',
      confirmedAt: null,
      evidence: '',
    });
    expect(parsePayload(result.events[0].payload)).toMatchObject({
      reopen: true,
      confirmedValue: 118_000,
      evidence: 'CRM report Q2',
    });
  });

  it('never moves a cancelled initiative', () => {
    expect(move(initiative('A', { doi: 2, state: 'cancelled' }), 'back', PMO, 'x').message).toBe(
      'A is cancelled: a cancelled initiative does not move.',
    );
  });
});

describe('hold, resume, cancel', () => {
  it('holds with a reason, by the sponsor or PMO, from any level', () => {
    const result = ok(move(initiative('A', { doi: 4 }), 'hold', SPONSOR, 'Waiting for budget'));
    expect(result.initiative).toMatchObject({ doi: 4, state: 'on hold' });
    expect(result.message).toBe('A is on hold.');
    expect(result.events[0]).toMatchObject({
      action: 'hold',
      from: 'active',
      to: 'on hold',
      payload: '{"level":4,"reason":"Waiting for budget"}',
    });
  });

  it('refuses the owner and a missing reason', () => {
    expect(problemsOf(move(initiative('A'), 'hold', OWNER))).toEqual([
      'Only the sponsor (Sam Sponsor) or the PMO may have A put on hold.',
      'Putting on hold needs a reason: say why in Reason.',
    ]);
    expect(move(initiative('A'), 'cancel', PMO).message).toBe(
      'Cancelling needs a reason: say why in Reason.',
    );
  });

  it('resumes only from hold', () => {
    const result = ok(move(initiative('A', { state: 'on hold' }), 'resume', PMO));
    expect(result.initiative.state).toBe('active');
    expect(result.message).toBe('A is active again.');
    expect(move(initiative('A'), 'resume', PMO).message).toBe(
      'A is active, not on hold: there is nothing to resume.',
    );
  });

  it('cancels active or held initiatives, never closed ones', () => {
    expect(
      ok(move(initiative('A', { state: 'on hold' }), 'cancel', SPONSOR, 'No budget')).initiative.state,
    ).toBe('cancelled');
    expect(move(initiative('A', { state: 'closed', doi: 5 }), 'cancel', SPONSOR, 'x').message).toBe(
      'A is closed: it cannot be cancelled.',
    );
    expect(move(initiative('A', { state: 'cancelled' }), 'hold', SPONSOR, 'x').message).toBe(
      'A is cancelled: it cannot be put on hold.',
    );
  });

  it('rejects an unknown kind with a message', () => {
    const outcome = planMove(
      register([initiative('A')]),
      { id: 'A', kind: 'sideways' as MoveRequestDto['kind'], reason: '' },
      PMO,
      NOW,
    );
    expect(outcome.message).toBe(
      'Unknown move "sideways": use up, back, hold, resume, cancel or rebaseline.',
    );
  });
});
