import { describe, expect, it } from 'vitest';
import { checkCriterion, planTotal, type GateContext } from '../../../core/ladder/criteria.js';
import { rolesOf } from '../../../core/ladder/roles.js';
import type { Initiative } from '../../../core/model/initiative.js';
import type { Criterion } from '../../../core/model/ladder.js';
import type { IdentityDto } from '../../../core/contract/governance-service.js';
import {
  CONTROLLER,
  OWNER,
  PMO,
  SPONSOR,
  STRANGER,
  initiative,
  register,
  rowsOf,
} from './register-builder.js';

/** Checks `criterion` for an initiative placed on PG Register row 7 (five others above it). */
function check(
  criterion: Criterion,
  overrides: Parameters<typeof initiative>[1] = {},
  actor: IdentityDto = OWNER,
  extra: Partial<GateContext> = {},
) {
  const subject: Initiative = initiative('CAMP-07', overrides);
  const others = ['A', 'B', 'C', 'D', 'E'].map((id) => initiative(id));
  const reg = register([...others, subject]);
  return checkCriterion(criterion, {
    register: reg,
    initiative: subject,
    actor,
    roles: rolesOf(reg.settings, subject, actor.name),
    toLevel: 3,
    rowOf: rowsOf(reg),
    ...extra,
  });
}

describe('named-field criteria', () => {
  it.each([
    ['title', { name: ' ' }, 'No title: fill in Initiative on PG Register row 7.'],
    ['owner', { owner: '' }, 'No owner named: fill in Owner on PG Register row 7.'],
    ['sponsor', { sponsor: '' }, 'No sponsor named: fill in Sponsor on PG Register row 7.'],
    ['controller', { controller: '' }, 'No controller named: fill in Controller on PG Register row 7.'],
    ['kpi', { kpi: '' }, 'No KPI named: fill in KPI on PG Register row 7.'],
  ] as const)('%s unmet says what to fill in and where', (criterion, overrides, message) => {
    expect(check(criterion, overrides)).toEqual({ criterion, met: false, message });
  });
  it('met names what satisfied it', () => {
    expect(check('sponsor')).toEqual({ criterion: 'sponsor', met: true, message: 'Sponsor: Sam Sponsor.' });
  });
});

describe('target', () => {
  it('needs a number above 0', () => {
    expect(check('target', { target: null }).message).toBe(
      'No target: enter the expected benefit (a number above 0) in Target on PG Register row 7.',
    );
    expect(check('target', { target: -5000 }).message).toBe(
      'Target is -5,000; it must be above 0: enter the expected benefit in Target on PG Register row 7.',
    );
    expect(check('target', { target: Number.NaN }).met).toBe(false);
    expect(check('target', { target: 120_000 })).toEqual({
      criterion: 'target',
      met: true,
      message: 'Target: 120,000.',
    });
  });
});

describe('plan', () => {
  it('treats blank as no value, not zero', () => {
    expect(planTotal(new Float64Array([Number.NaN, Number.NaN]))).toBeNaN();
    expect(planTotal(new Float64Array([Number.NaN, 5, 0]))).toBe(5);
    expect(check('plan', { plan: [null, null] }).message).toBe(
      'No plan phasing: enter planned values per period in the CAMP-07 row of PG Plan.',
    );
    expect(check('plan', { plan: [0, null, 0] }).message).toBe(
      'Plan total is 0; it must be above 0: enter planned values per period in the CAMP-07 row of PG Plan.',
    );
    expect(check('plan', { plan: [1000.5, null, 2000] })).toEqual({
      criterion: 'plan',
      met: true,
      message: 'Plan total: 3,000.50.',
    });
  });
});

describe('dates', () => {
  it('needs start and due, start not after due', () => {
    expect(check('dates', { start: null, due: null }).message).toBe(
      'No start or due date: fill in Start and Due on PG Register row 7.',
    );
    expect(check('dates', { start: null }).message).toBe(
      'No start date: fill in Start on PG Register row 7.',
    );
    expect(check('dates', { due: null }).message).toBe('No due date: fill in Due on PG Register row 7.');
    expect(check('dates', { start: '2027-07-01', due: '2027-06-30' }).message).toBe(
      'Start 2027-07-01 is after Due 2027-06-30: correct Start or Due on PG Register row 7.',
    );
    expect(check('dates').message).toBe('Runs 2027-01-01 to 2027-06-30.');
  });
});

describe('decision', () => {
  it('comes from the sponsor or PMO, never the owner', () => {
    expect(check('decision', {}, OWNER)).toEqual({
      criterion: 'decision',
      met: false,
      message:
        'The go decision cannot come from the owner (Olga Owner): the sponsor (Sam Sponsor) or the PMO must move it to 3 Decided.',
    });
    expect(check('decision', {}, STRANGER).message).toBe(
      'Go decision needed: the sponsor (Sam Sponsor) or the PMO must move it to 3 Decided.',
    );
    expect(check('decision', {}, SPONSOR)).toEqual({
      criterion: 'decision',
      met: true,
      message: 'Go decision by Sam Sponsor (sponsor).',
    });
    expect(check('decision', {}, PMO).message).toBe('Go decision by Petra PMO (PMO).');
  });
  it('refuses an owner who is also PMO', () => {
    expect(check('decision', { owner: 'Petra PMO' }, PMO).met).toBe(false);
  });
});

describe('implemented', () => {
  it('is confirmed by the owner or PMO', () => {
    expect(check('implemented', {}, OWNER).message).toBe(
      'Implementation confirmed complete by Olga Owner (owner).',
    );
    expect(check('implemented', {}, SPONSOR, { toLevel: 4 })).toEqual({
      criterion: 'implemented',
      met: false,
      message:
        'Implementation must be confirmed complete by the owner (Olga Owner) or the PMO: ask them to move it to 4 Implemented.',
    });
  });
});

describe('signOff', () => {
  const request = { confirmedValue: 118_000, evidence: ' CRM report Q2 ' };
  it('is the controller, never the owner, with value and evidence', () => {
    expect(check('signOff', {}, CONTROLLER, { signOff: request })).toEqual({
      criterion: 'signOff',
      met: true,
      message: 'Confirmed value 118,000 by Carla Controller, evidence: CRM report Q2.',
    });
    expect(check('signOff', {}, CONTROLLER).message).toBe(
      'Carla Controller may sign this off: confirm the realised value and name the evidence in Sign-off.',
    );
    expect(check('signOff', {}, OWNER, { signOff: request }).message).toBe(
      'Olga Owner is the owner of CAMP-07, and an owner cannot sign off their own initiative: the controller (Carla Controller) must sign it off.',
    );
    expect(check('signOff', {}, SPONSOR, { signOff: request }).message).toBe(
      "Only CAMP-07's controller or a controller listed in PG Settings may sign off, and Sam Sponsor is neither: ask the controller (Carla Controller).",
    );
  });
  it('refuses an owner even when listed as a controller', () => {
    expect(check('signOff', { owner: 'Carla Controller' }, CONTROLLER, { signOff: request }).message).toBe(
      'Carla Controller is the owner of CAMP-07, and an owner cannot sign off their own initiative: the controller (Carla Controller) must sign it off. The controller named for CAMP-07 is also its owner: name a different controller in Controller on PG Register row 7.',
    );
  });
  it('needs a finite value and non-blank evidence', () => {
    expect(
      check('signOff', {}, CONTROLLER, { signOff: { confirmedValue: Number.NaN, evidence: '  ' } }).message,
    ).toBe(
      'No confirmed value: enter the realised value in the reporting currency, e.g. 118000. No evidence named: say where the realised value can be checked (a report, ledger extract or CRM export).',
    );
  });
});
