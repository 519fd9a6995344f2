import { describe, expect, it } from 'vitest';
import { mergeImport } from '../../../core/merge/merge-import.js';
import { initiativeFixture, registerFixture } from './register-fixture.js';

const NOW = '2027-04-02T09:00:00.000Z';
const ACTOR = { name: 'Dana PMO', kind: 'declared' as const };
const Q1 = ['2027-01', '2027-02', '2027-03'];

function basePlan() {
  return {
    periods: Q1,
    initiatives: [
      initiativeFixture('CAMP-01', 'Webinar series', [1000, 2000, 3000], { owner: 'Ann', keys: ['7011'] }),
      initiativeFixture('CAMP-02', 'Partner push', [500, null, 500], { owner: 'Ben' }),
    ],
    sourceRows: [5, 6],
  };
}

describe('mergeImport', () => {
  it('adds every initiative of a first import at the bottom of the ladder with blank actuals', () => {
    const plan = basePlan();
    plan.initiatives[0].doi = 3;
    const { register, report, events } = mergeImport(registerFixture([], []), plan, NOW, ACTOR);
    expect(report.counts).toEqual({ added: 2, updated: 0, unchanged: 0, conflict: 0, skipped: 0 });
    expect(register.periods).toEqual(Q1);
    expect(register.initiatives.map((i) => [i.id, i.doi, [...i.plan]])).toEqual([
      ['CAMP-01', 0, [1000, 2000, 3000]],
      ['CAMP-02', 0, [500, NaN, 500]],
    ]);
    expect([...register.initiatives[0].actual].every(Number.isNaN)).toBe(true);
    expect(report.rows[0].reason).toBe(
      'New initiative (source row 5), plan total 6,000. The source says DoI 3: it starts at Defined and moves up through the gates.',
    );
    expect(events.map((e) => [e.action, e.initiative])).toEqual([
      ['create', 'CAMP-01'],
      ['create', 'CAMP-02'],
      ['import', ''],
    ]);
    expect(events[2].payload).toBe(
      '{"added":2,"conflict":0,"kind":"plan","periods":3,"skipped":0,"unchanged":0,"updated":0}',
    );
  });

  it('is idempotent: the same plan twice changes nothing and asks for no write', () => {
    const first = mergeImport(registerFixture([], []), basePlan(), NOW, ACTOR);
    const second = mergeImport(first.register, basePlan(), NOW, ACTOR);
    expect(second.report.counts).toEqual({ added: 0, updated: 0, unchanged: 2, conflict: 0, skipped: 0 });
    expect(second.events).toEqual([]);
    expect(second.register).toBe(first.register);
  });

  it('updates plan and descriptive fields below the freeze level, never actuals, forecast or user columns', () => {
    const start = mergeImport(registerFixture([], []), basePlan(), NOW, ACTOR).register;
    const edited = start.initiatives[0];
    edited.actual[0] = 900;
    edited.forecast[2] = 2500;
    edited.extra = { Notes: 'keep me' };
    edited.doi = 2;
    edited.implementationStatus = 'amber';
    const next = basePlan();
    next.initiatives[0].plan[1] = 2500;
    next.initiatives[0].owner = 'Anna';
    next.initiatives[0].sponsor = '';
    const { register, report } = mergeImport(start, next, NOW, ACTOR);
    const merged = register.initiatives[0];
    expect([...merged.plan]).toEqual([1000, 2500, 3000]);
    expect(merged.owner).toBe('Anna');
    expect([
      merged.actual[0],
      merged.forecast[2],
      merged.extra,
      merged.doi,
      merged.implementationStatus,
    ]).toEqual([900, 2500, { Notes: 'keep me' }, 2, 'amber']);
    expect(report.rows[0]).toEqual({
      id: 'CAMP-01',
      name: 'Webinar series',
      outcome: 'updated',
      reason: 'Updated (source row 5): plan 2027-02 2,000 → 2,500; Owner "Ann" → "Anna".',
    });
  });

  it('reports a changed plan at or above the freeze level as a conflict with the numbers and applies nothing', () => {
    const start = mergeImport(registerFixture([], []), basePlan(), NOW, ACTOR).register;
    start.initiatives[1].doi = 3;
    const next = basePlan();
    next.initiatives[1].plan.set([600, 100, 500]);
    const { register, report, events } = mergeImport(start, next, NOW, ACTOR);
    expect([...register.initiatives[1].plan]).toEqual([500, NaN, 500]);
    expect(report.counts.conflict).toBe(1);
    expect(report.rows[1].reason).toBe(
      'At DoI 3 Decided the plan is frozen, so nothing was changed (source row 6): plan 2027-01 500 → 600, 2027-02 blank → 100. If the new plan is approved, re-baseline the initiative; otherwise correct the source.',
    );
    expect(events).toEqual([]);
  });

  it('reports initiatives missing from the import as skipped and keeps them', () => {
    const start = mergeImport(registerFixture([], []), basePlan(), NOW, ACTOR).register;
    const next = basePlan();
    next.initiatives.pop();
    const { register, report } = mergeImport(start, next, NOW, ACTOR);
    expect(register.initiatives.map((i) => i.id)).toEqual(['CAMP-01', 'CAMP-02']);
    expect(report.rows.find((r) => r.id === 'CAMP-02')).toMatchObject({ outcome: 'skipped' });
  });

  it('unions the period sets and keeps every series aligned', () => {
    const start = mergeImport(registerFixture([], []), basePlan(), NOW, ACTOR).register;
    start.initiatives[0].actual[2] = 3100;
    const q2 = {
      periods: ['2027-03', '2027-04'],
      initiatives: [
        initiativeFixture('CAMP-01', 'Webinar series', [3000, 4000], { owner: 'Ann', keys: ['7011'] }),
      ],
    };
    const { register, report } = mergeImport(start, q2, NOW, ACTOR);
    expect(register.periods).toEqual(['2027-01', '2027-02', '2027-03', '2027-04']);
    const camp1 = register.initiatives[0];
    expect([...camp1.plan]).toEqual([1000, 2000, 3000, 4000]);
    expect([...camp1.actual]).toEqual([NaN, NaN, 3100, NaN]);
    expect([...register.initiatives[1].plan]).toEqual([500, NaN, 500, NaN]);
    expect(report.rows[0].reason).toBe('Updated: plan 2027-04 blank → 4,000.');
  });

  it('uses only the first of two rows with the same ID and says so', () => {
    const plan = basePlan();
    plan.initiatives[1].id = 'CAMP-01';
    const { register, report } = mergeImport(registerFixture([], []), plan, NOW, ACTOR);
    expect(register.initiatives).toHaveLength(1);
    expect(report.rows[1]).toMatchObject({ outcome: 'conflict' });
    expect(report.rows[1].reason).toContain('appears more than once in the import (source row 6)');
  });
});
