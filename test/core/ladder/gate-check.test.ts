import { describe, expect, it } from 'vitest';
import { checkGate, gateCriteria } from '../../../core/ladder/gate-check.js';
import {
  CONTROLLER,
  OWNER,
  PMO,
  SPONSOR,
  STRANGER,
  initiative,
  register,
  rowsOf,
  settings,
} from './register-builder.js';

describe('gateCriteria', () => {
  it("adds lower levels' data criteria but not their role criteria", () => {
    const reg = register([]);
    expect(gateCriteria(reg, 1)).toEqual(['title', 'owner', 'sponsor', 'controller', 'kpi', 'target']);
    expect(gateCriteria(reg, 3)).toEqual([
      'title',
      'owner',
      'sponsor',
      'controller',
      'kpi',
      'target',
      'plan',
      'dates',
      'decision',
    ]);
    expect(gateCriteria(reg, 4)).not.toContain('decision');
    expect(gateCriteria(reg, 4)).toContain('implemented');
  });
});

describe('checkGate', () => {
  it('allows the owner into Identified when everything is named', () => {
    const i = initiative('A', { doi: 0 });
    const gate = checkGate(register([i]), i, 1, OWNER);
    expect(gate).toMatchObject({ toLevel: 1, toName: 'Identified', movers: ['owner', 'pmo'], allowed: true });
    expect(gate.refusal).toBeNull();
    expect(gate.criteria.every((c) => c.met)).toBe(true);
  });

  it('lists each unmet criterion and refuses with all reasons', () => {
    const i = initiative('A', { doi: 0, sponsor: '', target: 0 });
    const reg = register([i]);
    const gate = checkGate(reg, i, 1, OWNER, rowsOf(reg));
    expect(gate.allowed).toBe(false);
    expect(gate.criteria.filter((c) => !c.met).map((c) => c.criterion)).toEqual(['sponsor', 'target']);
    expect(gate.refusal).toBe(
      'No sponsor named: fill in Sponsor on PG Register row 2. Target is 0; it must be above 0: enter the expected benefit in Target on PG Register row 2.',
    );
  });

  it('says who may move when the actor may not', () => {
    const i = initiative('A', { doi: 1 });
    expect(checkGate(register([i]), i, 2, STRANGER).refusal).toBe(
      'Only the owner or the PMO may move A to 2 Detailed; Xavier Nobody holds none of these roles.',
    );
    expect(checkGate(register([i]), i, 2, SPONSOR).refusal).toBe(
      'Only the owner or the PMO may move A to 2 Detailed; Sam Sponsor is the sponsor.',
    );
  });

  it('re-checks data criteria of lower levels', () => {
    const i = initiative('A', { doi: 3, kpi: '' });
    const gate = checkGate(register([i]), i, 4, OWNER, new Map([['A', 9]]));
    expect(gate.allowed).toBe(false);
    expect(gate.refusal).toBe('No KPI named: fill in KPI on PG Register row 9.');
  });

  it('refuses skipping a level, and moving closed, cancelled or held initiatives', () => {
    const i = initiative('A', { doi: 1 });
    expect(checkGate(register([i]), i, 3, SPONSOR).refusal).toBe(
      'A is at 1 Identified: it can only move up one level at a time, to 2 Detailed.',
    );
    const held = initiative('A', { doi: 2, state: 'on hold' });
    expect(checkGate(register([held]), held, 3, SPONSOR).refusal).toBe(
      'A is on hold: the sponsor or the PMO must resume it first.',
    );
    const cancelled = initiative('A', { doi: 2, state: 'cancelled' });
    expect(checkGate(register([cancelled]), cancelled, 3, PMO).refusal).toBe(
      'A is cancelled: a cancelled initiative does not move.',
    );
  });

  it('names the initiative instead of a row when rows are not known', () => {
    const i = initiative('A', { doi: 0, owner: '' });
    expect(checkGate(register([i]), i, 1, PMO).refusal).toBe(
      'No owner named: fill in Owner in the A row of PG Register.',
    );
  });

  it('asks an anonymous user to say who they are', () => {
    const i = initiative('A', { doi: 0 });
    expect(checkGate(register([i]), i, 1, { name: ' ', kind: 'declared' }).refusal).toBe(
      'PlanGate does not know who you are: enter your name in Settings, then try again.',
    );
  });

  it('reports a level the ladder does not have', () => {
    const i = initiative('A', { doi: 5, state: 'active' });
    expect(checkGate(register([i]), i, 6, CONTROLLER)).toEqual({
      toLevel: 6,
      toName: '',
      criteria: [],
      movers: [],
      allowed: false,
      refusal: 'The ladder has no level 6: A is at 5 Closed.',
    });
  });

  it('shows the sign-off gate as open to the controller only', () => {
    const i = initiative('A', { doi: 4 });
    expect(checkGate(register([i]), i, 5, CONTROLLER).allowed).toBe(true);
    expect(checkGate(register([i]), i, 5, OWNER).allowed).toBe(false);
  });
});

describe('other presets', () => {
  it('L0–L5 asks for sponsor and controller at L2 Validated, not at L1', () => {
    const i = initiative('A', { doi: 0, sponsor: '', controller: '' });
    const reg = register([i], { settings: settings({}, 'l0-l5') });
    expect(checkGate(reg, i, 1, OWNER).allowed).toBe(true);
    const at1 = { ...i, doi: 1 };
    expect(checkGate(reg, at1, 2, OWNER, rowsOf(reg)).refusal).toBe(
      'No sponsor named: fill in Sponsor on PG Register row 2. No controller named: fill in Controller on PG Register row 2.',
    );
  });

  it('DoI 0–6 lets the owner start an approved initiative', () => {
    const i = initiative('A', { doi: 3 });
    const reg = register([i], { settings: settings({}, 'doi0-6') });
    const gate = checkGate(reg, i, 4, OWNER);
    expect(gate).toMatchObject({ toName: 'Started', allowed: true });
    expect(checkGate(reg, { ...i, doi: 4 }, 5, SPONSOR).refusal).toBe(
      'Implementation must be confirmed complete by the owner (Olga Owner) or the PMO: ask them to move it to 5 Effective.',
    );
  });
});
