import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../core/model/audit.js';
import { canonicalJson } from '../../../core/seal/canonical-json.js';
import { chainHead, eventHash, sealEvents } from '../../../core/seal/chain.js';
import { latestBaselines, signOffChanges } from '../../../core/seal/sealed-values.js';
import { TAMPER_NOTICE, verifyAudit } from '../../../core/seal/verify.js';
import {
  PLAN_BY_PERIOD,
  closedInitiative,
  initiative,
  moveEvent,
  register,
} from '../ladder/register-builder.js';

const SIGN_OFF = canonicalJson({
  confirmedBy: 'Carla Controller',
  confirmedValue: 118_000,
  evidence: 'CRM report Q2',
  target: 120_000,
  plan: PLAN_BY_PERIOD,
  actual: { '2027-01': 9_000 },
  fromLevel: 4,
  toLevel: 5,
});

describe('sealEvents', () => {
  it('links each event to the one before', () => {
    const sealed = sealEvents(GENESIS_HASH, [moveEvent(), moveEvent({ to: '2 Detailed' })]);
    expect(sealed[0].prevHash).toBe(GENESIS_HASH);
    expect(sealed[1].prevHash).toBe(sealed[0].hash);
    expect(sealed[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash(sealed[1])).toBe(sealed[1].hash);
    expect(chainHead(sealed)).toBe(sealed[1].hash);
    expect(chainHead([])).toBe(GENESIS_HASH);
  });

  it('continues an existing chain', () => {
    const first = sealEvents(GENESIS_HASH, [moveEvent()]);
    const more = sealEvents(chainHead(first), [moveEvent({ to: '2 Detailed' })]);
    expect(verifyAudit(register([], { audit: [...first, ...more] })).ok).toBe(true);
  });
});

describe('verifyAudit', () => {
  const audit = sealEvents(GENESIS_HASH, [
    moveEvent(),
    moveEvent({ time: '2027-03-02T10:00:00.000Z' }),
    moveEvent(),
  ]);

  it('accepts an untouched chain and an empty one', () => {
    expect(verifyAudit(register([], { audit }))).toEqual({
      ok: true,
      checkedEvents: 3,
      firstBroken: null,
      modifiedAfterSignOff: [],
      levelsWithoutAudit: [],
    });
    expect(verifyAudit(register([])).ok).toBe(true);
  });

  it('names the row whose contents were edited', () => {
    const edited = audit.map((e) => ({ ...e }));
    edited[1].actor = 'Mallory';
    const result = verifyAudit(register([], { audit: edited }));
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({
      index: 1,
      row: 3,
      time: '2027-03-02T10:00:00.000Z',
      action: 'move',
      initiative: 'A',
      message:
        'PG Audit row 3 was changed after it was written: its Hash does not match its contents. Restore the row from version history or a backup; events after it cannot be trusted until then.',
    });
  });

  it('names the row after a deleted one', () => {
    const result = verifyAudit(register([], { audit: [audit[0], audit[2]] }));
    expect(result.firstBroken?.row).toBe(3);
    expect(result.firstBroken?.message).toBe(
      "PG Audit row 3 does not follow row 2 (its Prev hash differs from row 2's Hash): a row was removed, inserted or rewritten here. Restore PG Audit from version history or a backup.",
    );
  });

  it('names the sheet rows it is given for the events, blank rows between them counted', () => {
    const result = verifyAudit(register([], { audit: [audit[0], audit[2]] }), { audit: [2, 6] });
    expect(result.firstBroken?.row).toBe(6);
    expect(result.firstBroken?.message).toBe(
      "PG Audit row 6 does not follow row 2 (its Prev hash differs from row 2's Hash): a row was removed, inserted or rewritten here. Restore PG Audit from version history or a backup.",
    );
  });

  it('notices rows removed from the top', () => {
    const result = verifyAudit(register([], { audit: audit.slice(1) }));
    expect(result.firstBroken?.row).toBe(2);
    expect(result.firstBroken?.message).toContain('does not start the chain');
  });

  it('compares closed initiatives with their sign-off seal', () => {
    const closed = closedInitiative('A');
    const sealed = sealEvents(GENESIS_HASH, [
      moveEvent({
        action: 'sign-off',
        from: '4 Implemented',
        to: '5 Closed',
        payload: SIGN_OFF,
        actor: 'Carla Controller',
        time: '2027-07-01T08:00:00.000Z',
      }),
    ]);
    expect(verifyAudit(register([closed], { audit: sealed })).ok).toBe(true);

    const changed = {
      ...closed,
      target: 150_000,
      confirmedValue: 130_000,
      plan: closed.plan.slice(),
      actual: closed.actual.slice(),
    };
    changed.plan[2] = 35_000;
    changed.actual[1] = 1;
    const result = verifyAudit(register([changed], { audit: sealed }));
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toBeNull();
    expect(result.modifiedAfterSignOff).toEqual([
      {
        id: 'A',
        name: 'Campaign A',
        fields: ['Target', 'Plan', 'Actual', 'Confirmed value'],
        differences: [
          { field: 'Target' },
          { field: 'Plan', period: '2027-03' },
          { field: 'Actual', period: '2027-02' },
          { field: 'Confirmed value' },
        ],
        message:
          'A Campaign A changed after Carla Controller signed it off on 2027-07-01 (PG Audit row 2): Target 120000 → 150000; Plan in 2027-03; Actual in 2027-02; Confirmed value 118000 → 130000. Restore the sealed values, or re-open it and have it signed off again.',
      },
    ]);
    expect(signOffChanges(register([changed], { audit: sealed }))).toEqual(
      new Map([['A', ['Target', 'Plan', 'Actual', 'Confirmed value']]]),
    );
  });

  it('flags a closed initiative nobody signed off', () => {
    const closed = initiative('B', { doi: 5, state: 'closed' });
    const result = verifyAudit(register([closed]));
    expect(result.modifiedAfterSignOff[0].message).toBe(
      'B Campaign B is closed, but PG Audit holds no sign-off for it: nobody confirmed its value. Set State back to active and ask the controller to sign it off.',
    );
    expect(signOffChanges(register([closed]))).toEqual(new Map([['B', ['State']]]));
  });

  it('tolerates the 15-digit precision of spreadsheets', () => {
    const closed = closedInitiative('A', { confirmedValue: 118_000.00000000001, evidence: 'CRM report Q2 ' });
    const sealed = sealEvents(GENESIS_HASH, [
      moveEvent({ action: 'sign-off', payload: SIGN_OFF, time: '2027-07-01T08:00:00.000Z' }),
    ]);
    expect(signOffChanges(register([closed], { audit: sealed })).size).toBe(0);
  });

  it('always carries the tamper-evidence notice text', () => {
    expect(TAMPER_NOTICE).toContain('tamper-evident, not tamper-proof');
  });
});

describe('latestBaselines', () => {
  const plan = (v: number) =>
    canonicalJson({
      freeze: true,
      kind: 'up',
      fromLevel: 2,
      toLevel: 3,
      plan: { '2027-02': v, '2027-03': 2 * v },
    });
  it('takes the latest freeze or rebaseline, aligned with the periods', () => {
    const audit = sealEvents(GENESIS_HASH, [
      moveEvent({ payload: plan(100) }),
      moveEvent({ initiative: 'B', payload: plan(5) }),
      moveEvent({
        action: 'rebaseline',
        payload: canonicalJson({ plan: { '2027-02': 150 }, reason: 'scope' }),
      }),
    ]);
    const baselines = latestBaselines(register([], { audit }));
    expect(Array.from(baselines.get('A')!)).toEqual([NaN, 150, NaN, NaN, NaN, NaN]);
    expect(Array.from(baselines.get('B')!)).toEqual([NaN, 5, 10, NaN, NaN, NaN]);
  });

  it('drops the baseline when the initiative steps back below the freeze level', () => {
    const audit = sealEvents(GENESIS_HASH, [
      moveEvent({ payload: plan(100) }),
      moveEvent({ payload: canonicalJson({ kind: 'back', fromLevel: 3, toLevel: 2, reason: 'rework' }) }),
    ]);
    expect(latestBaselines(register([], { audit })).has('A')).toBe(false);
  });
});
