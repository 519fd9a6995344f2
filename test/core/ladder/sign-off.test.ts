import { describe, expect, it } from 'vitest';
import { planSignOff } from '../../../core/ladder/sign-off.js';
import { GENESIS_HASH } from '../../../core/model/audit.js';
import type { Initiative } from '../../../core/model/initiative.js';
import type { IdentityDto } from '../../../core/contract/governance-service.js';
import { parsePayload } from '../../../core/seal/canonical-json.js';
import { sealEvents } from '../../../core/seal/chain.js';
import { verifyAudit } from '../../../core/seal/verify.js';
import {
  CONTROLLER,
  OWNER,
  PLAN_BY_PERIOD,
  SPONSOR,
  closedInitiative,
  initiative,
  problemsOf,
  register,
  rowsOf,
  settings,
} from './register-builder.js';

const NOW = '2027-07-02T16:00:00.000Z';
const REQUEST = { confirmedValue: 118_000, evidence: '  CRM revenue report Q2  ' };

function signOff(subject: Initiative, actor: IdentityDto, request: Partial<typeof REQUEST> = {}) {
  return planSignOff(register([subject]), { id: subject.id, ...REQUEST, ...request }, actor, NOW);
}

describe('planSignOff', () => {
  it('closes the initiative and seals the approved values', () => {
    const subject = initiative('A', { doi: 4, actual: [9_000, 21_000, 28_000] });
    const outcome = signOff(subject, CONTROLLER);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.message).toBe(
      'Signed off A at 5 Closed: confirmed value 118,000 EUR, evidence: CRM revenue report Q2.',
    );
    expect(outcome.initiative).toMatchObject({
      doi: 5,
      state: 'closed',
      confirmedValue: 118_000,
      confirmedBy: 'Carla Controller',
      confirmedAt: '2027-07-02',
      evidence: 'CRM revenue report Q2',
    });
    expect(outcome.events).toHaveLength(1);
    expect(outcome.events[0]).toMatchObject({
      time: NOW,
      actor: 'Carla Controller',
      identity: 'verified',
      action: 'sign-off',
      initiative: 'A',
      from: '4 Implemented',
      to: '5 Closed',
    });
    expect(parsePayload(outcome.events[0].payload)).toEqual({
      kind: 'sign-off',
      fromLevel: 4,
      toLevel: 5,
      confirmedValue: 118_000,
      confirmedBy: 'Carla Controller',
      evidence: 'CRM revenue report Q2',
      owner: 'Olga Owner',
      controller: 'Carla Controller',
      target: 120_000,
      plan: PLAN_BY_PERIOD,
      actual: { '2027-01': 9_000, '2027-02': 21_000, '2027-03': 28_000 },
    });
  });

  it('refuses the owner even when the ladder drops the sign-off criterion and lets owners move', () => {
    const ladder = settings().ladder;
    ladder.levels[5] = { ...ladder.levels[5], criteria: ['implemented'], movers: ['owner', 'controller'] };
    const outcome = planSignOff(
      register([initiative('A', { doi: 4 })], { settings: settings({ ladder }) }),
      { id: 'A', ...REQUEST },
      OWNER,
      NOW,
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('an owner cannot sign off their own initiative');
    expect(outcome.message).toContain('PG Settings: Level 5 is the sign-off level but does not require');
  });

  it('refuses the owner and says exactly why', () => {
    expect(signOff(initiative('A', { doi: 4 }), OWNER).message).toBe(
      'Olga Owner is the owner of A, and an owner cannot sign off their own initiative: the controller (Carla Controller) must sign it off.',
    );
  });

  it('refuses someone who is not a controller', () => {
    expect(signOff(initiative('A', { doi: 4 }), SPONSOR).message).toBe(
      "Only A's controller or a controller listed in PG Settings may sign off, and Sam Sponsor is neither: ask the controller (Carla Controller).",
    );
  });

  it("accepts the initiative's own controller even when not listed in settings", () => {
    const subject = initiative('A', { doi: 4, controller: 'Kim Control' });
    expect(signOff(subject, { name: 'kim control', kind: 'declared' }).message).toBe(
      'Signed off A at 5 Closed: confirmed value 118,000 EUR, evidence: CRM revenue report Q2. Recorded under the declared name kim control; this host cannot verify who signed.',
    );
  });

  it('requires a confirmed value and evidence', () => {
    expect(
      problemsOf(
        signOff(initiative('A', { doi: 4 }), CONTROLLER, { confirmedValue: Number.NaN, evidence: '' }),
      ),
    ).toEqual([
      'No confirmed value: enter the realised value in the reporting currency, e.g. 118000. No evidence named: say where the realised value can be checked (a report, ledger extract or CRM export).',
    ]);
  });

  it('requires the level below sign-off, active', () => {
    expect(signOff(initiative('A', { doi: 3 }), CONTROLLER).message).toBe(
      'A is at 3 Decided: sign-off is only possible from 4 Implemented. Move it up first.',
    );
    expect(signOff(initiative('A', { doi: 4, state: 'on hold' }), CONTROLLER).message).toBe(
      'A is on hold: the sponsor or the PMO must resume it first.',
    );
    expect(signOff(initiative('A', { doi: 4, state: 'cancelled' }), CONTROLLER).message).toBe(
      'A is cancelled: a cancelled initiative does not move.',
    );
    expect(signOff(closedInitiative('A'), CONTROLLER).message).toBe(
      'A is already closed, signed off by Carla Controller on 2027-07-01.',
    );
  });

  it('re-checks the data criteria before closing', () => {
    const subject = initiative('A', { doi: 4, target: null });
    const reg = register([subject]);
    expect(planSignOff(reg, { id: 'A', ...REQUEST }, CONTROLLER, NOW, rowsOf(reg)).message).toBe(
      'No target: enter the expected benefit (a number above 0) in Target on PG Register row 2.',
    );
  });

  it('uses the ladder in settings: DoI 0–6 signs off from 5 Effective into 6 Completed', () => {
    const subject = initiative('A', { doi: 5 });
    const reg = register([subject], { settings: settings({}, 'doi0-6') });
    const outcome = planSignOff(reg, { id: 'A', ...REQUEST }, CONTROLLER, NOW);
    expect(outcome.ok && outcome.initiative.doi).toBe(6);
    expect(outcome.ok && outcome.events[0].to).toBe('6 Completed');
  });

  it('verifies after sealing, and shows a later change as modified after sign-off', () => {
    const subject = initiative('A', { doi: 4 });
    const outcome = signOff(subject, CONTROLLER);
    if (!outcome.ok) throw new Error(outcome.message);
    const audit = sealEvents(GENESIS_HASH, outcome.events);
    const closed = register([outcome.initiative], { audit });
    expect(verifyAudit(closed).ok).toBe(true);
    const edited = { ...outcome.initiative, evidence: 'something else' };
    const result = verifyAudit(register([edited], { audit }));
    expect(result.modifiedAfterSignOff.map((m) => m.fields)).toEqual([['Evidence']]);
    expect(result.firstBroken).toBeNull();
  });
});
