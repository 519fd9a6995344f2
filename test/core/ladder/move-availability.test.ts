import { describe, expect, it } from 'vitest';
import { MOVE_KINDS, moveAvailabilities } from '../../../core/ladder/move-availability.js';
import { planMove } from '../../../core/ladder/move.js';
import type { Initiative } from '../../../core/model/initiative.js';
import { CONTROLLER, OWNER, PMO, SPONSOR, STRANGER, initiative, register } from './register-builder.js';

const moves = (subject: Initiative, actor = OWNER) => moveAvailabilities(register([subject]), subject, actor);

describe('moveAvailabilities', () => {
  it('lets the owner move up and back, and says why hold, cancel, resume and re-baseline are not theirs', () => {
    const answers = moves(initiative('A', { doi: 1 }));
    expect(answers.up).toEqual({ allowed: true, refusal: null });
    // A step back needs a reason, but that is typed in the form: it does not make the move unavailable.
    expect(answers.back).toEqual({ allowed: true, refusal: null });
    expect(answers.hold).toEqual({
      allowed: false,
      refusal: 'Only the sponsor (Sam Sponsor) or the PMO may have A put on hold.',
    });
    expect(answers.cancel.refusal).toBe('Only the sponsor (Sam Sponsor) or the PMO may have A cancelled.');
    expect(answers.resume.refusal).toBe(
      'A is active, not on hold: there is nothing to resume. Only the sponsor (Sam Sponsor) or the PMO may have A resumed.',
    );
    expect(answers.rebaseline.allowed).toBe(false);
  });

  it('refuses the owner the go decision with the gate’s own words', () => {
    const answers = moves(initiative('A', { doi: 2 }));
    expect(answers.up.allowed).toBe(false);
    expect(answers.up.refusal).toContain('The go decision cannot come from the owner (Olga Owner)');
  });

  it('refuses moving up into the sign-off level even to the controller: closing is Sign off', () => {
    const answers = moves(initiative('A', { doi: 4, implementationStatus: 'green' }), CONTROLLER);
    expect(answers.up.allowed).toBe(false);
    expect(answers.up.refusal).toMatch(/^Moving A to 5 Closed is the controller's sign-off/);
  });

  it('answers exactly as the move would, for every move, actor and state', () => {
    const states = [
      initiative('A', { doi: 0 }),
      initiative('A', { doi: 2 }),
      initiative('A', { doi: 3, state: 'on hold' }),
      initiative('A', { doi: 5, state: 'closed' }),
      initiative('A', { doi: 2, state: 'cancelled' }),
    ];
    for (const subject of states) {
      for (const actor of [
        OWNER,
        SPONSOR,
        CONTROLLER,
        PMO,
        STRANGER,
        { name: '', kind: 'declared' as const },
      ]) {
        const answers = moves(subject, actor);
        for (const kind of MOVE_KINDS) {
          const outcome = planMove(
            register([subject]),
            { id: 'A', kind, reason: 'Board decision' },
            actor,
            'now',
          );
          expect(answers[kind]).toEqual(
            outcome.ok ? { allowed: true, refusal: null } : { allowed: false, refusal: outcome.message },
          );
        }
      }
    }
  });

  it('refuses every move with the same words when the row is blocked', () => {
    const subject = initiative('A', { doi: 1 });
    const answers = moveAvailabilities(register([subject]), subject, PMO, undefined, 'Fix PG Register Q2.');
    expect(Object.values(answers)).toEqual(
      MOVE_KINDS.map(() => ({ allowed: false, refusal: 'Fix PG Register Q2.' })),
    );
  });
});
