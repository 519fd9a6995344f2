import { describe, expect, it } from 'vitest';
import { planMove } from '../../../core/ladder/move.js';
import { planSignOff } from '../../../core/ladder/sign-off.js';
import { GENESIS_HASH } from '../../../core/model/audit.js';
import type { Register } from '../../../core/model/register.js';
import { chainHead, sealEvents } from '../../../core/seal/chain.js';
import { levelsWithoutAudit, recordedLevels } from '../../../core/seal/recorded-levels.js';
import { verifyAudit } from '../../../core/seal/verify.js';
import { CONTROLLER, OWNER, SPONSOR, initiative, register, rowsOf } from '../ladder/register-builder.js';

const NOW = '2027-05-01T08:00:00.000Z';

/** Applies moves through PlanGate, sealing each, and returns the register. */
function journey(reg: Register, steps: ((r: Register) => ReturnType<typeof planMove>)[]): Register {
  return steps.reduce((current, step) => {
    const outcome = step(current);
    if (!outcome.ok) throw new Error(outcome.message);
    return {
      ...current,
      initiatives: current.initiatives.map((i) => (i.id === outcome.initiative.id ? outcome.initiative : i)),
      audit: [...current.audit, ...sealEvents(chainHead(current.audit), outcome.events)],
    };
  }, reg);
}

const up =
  (actor = OWNER) =>
  (r: Register) =>
    planMove(r, { id: 'A', kind: 'up', reason: '' }, actor, NOW);

describe('recordedLevels', () => {
  it('replays moves, holds and sign-off', () => {
    const reg = journey(register([initiative('A', { doi: 0 })]), [
      up(),
      up(),
      up(SPONSOR),
      (r) => planMove(r, { id: 'A', kind: 'hold', reason: 'budget freeze' }, SPONSOR, NOW),
      (r) => planMove(r, { id: 'A', kind: 'resume', reason: '' }, SPONSOR, NOW),
      up(),
      (r) =>
        planSignOff(
          r,
          { id: 'A', confirmedValue: 100_000, evidence: 'ERP', acknowledgeShortfall: true },
          CONTROLLER,
          NOW,
        ),
    ]);
    expect(recordedLevels(reg).get('A')).toEqual({ level: 5, state: 'closed', index: 6 });
    expect(levelsWithoutAudit(reg)).toEqual([]);
    expect(verifyAudit(reg).ok).toBe(true);
  });

  it('names a DoI typed in by hand', () => {
    const reg = journey(register([initiative('A', { doi: 0 })]), [up(), up()]);
    const edited = { ...reg, initiatives: [{ ...reg.initiatives[0], doi: 4 }] };
    expect(levelsWithoutAudit(edited, { register: rowsOf(edited) })).toEqual([
      {
        id: 'A',
        name: 'Campaign A',
        doi: 4,
        state: 'active',
        recordedDoi: 2,
        recordedState: 'active',
        message:
          'A Campaign A shows DoI 4 on PG Register row 2, but the last PG Audit event for it (row 3) records DoI 2: it was changed by hand, without passing the gates. Set it back to DoI 2 and move it through the Initiative pane.',
      },
    ]);
    expect(verifyAudit(edited).levelsWithoutAudit).toHaveLength(1);
  });

  it('names a row added by hand above level 0 and a state set by hand', () => {
    const reg = register([initiative('A', { doi: 3, state: 'on hold' })]);
    expect(levelsWithoutAudit(reg)[0].message).toBe(
      'A Campaign A shows DoI 3 and State on hold in PG Register, but PG Audit records no move for it, so it should be at DoI 0 and State active: it was changed by hand, without passing the gates. Set it back to DoI 0 and State active and move it through the Initiative pane.',
    );
    expect(levelsWithoutAudit(register([initiative('B', { doi: 0 })]))).toEqual([]);
  });

  it('leaves closed-without-sign-off to the sign-off check', () => {
    const reg = register([initiative('A', { doi: 5, state: 'closed' })], {
      audit: sealEvents(GENESIS_HASH, []),
    });
    expect(levelsWithoutAudit(reg)).toEqual([]);
    expect(verifyAudit(reg).modifiedAfterSignOff).toHaveLength(1);
  });
});

describe('re-open and sign off again', () => {
  it('verifies against the latest seal only', () => {
    const signOff = (value: number) => (r: Register) =>
      planSignOff(
        r,
        { id: 'A', confirmedValue: value, evidence: `ERP ${value}`, acknowledgeShortfall: true },
        CONTROLLER,
        NOW,
      );
    const reg = journey(register([initiative('A', { doi: 4 })]), [
      signOff(100_000),
      (r) => planMove(r, { id: 'A', kind: 'back', reason: 'Returns booked in June' }, CONTROLLER, NOW),
      signOff(90_000),
    ]);
    expect(reg.initiatives[0]).toMatchObject({
      state: 'closed',
      confirmedValue: 90_000,
      evidence: 'ERP 90000',
    });
    expect(verifyAudit(reg)).toMatchObject({ ok: true, levelsWithoutAudit: [] });
    const edited = { ...reg, initiatives: [{ ...reg.initiatives[0], confirmedValue: 100_000 }] };
    expect(verifyAudit(edited).modifiedAfterSignOff[0].fields).toEqual(['Confirmed value']);
  });
});
