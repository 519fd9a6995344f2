import { describe, expect, it } from 'vitest';
import { computeBridge } from '../../../core/metrics/bridge.js';
import { snapshotOf } from '../../../core/metrics/snapshot.js';
import type { Snapshot, SnapshotRow } from '../../../core/model/register.js';
import { FLAT_PLAN, initiative, metricsOf, register } from './builders.js';

function row(id: string, estimateAtCompletion: number, state = 'active'): SnapshotRow {
  return {
    id,
    doi: 3,
    state,
    planTotal: 0,
    planToDate: 0,
    actualToDate: 0,
    estimateAtCompletion,
    weightedValue: 0,
    valueStatus: 'green',
  };
}

function snap(label: string, rows: SnapshotRow[]): Snapshot {
  return { label, asOf: `${label}-28`, takenAt: `${label}-28T12:00:00.000Z`, rows };
}

describe('bridge between two snapshots', () => {
  const from = snap('2027-05', [
    row('KEEP', 1000),
    row('REBASE', 2000),
    row('CANCEL', 500),
    row('GONE', 250),
    row('WAS-CANCELLED', 999, 'cancelled'),
  ]);
  const to = snap('2027-06', [
    row('KEEP', 1100.1),
    row('REBASE', 1500),
    row('CANCEL', 480, 'cancelled'),
    row('NEW', 300),
    row('NEW-CANCELLED', 77, 'cancelled'),
    row('WAS-CANCELLED', 40),
  ]);
  const bridge = computeBridge(from, to, new Set(['REBASE', 'NEW']));

  it('walks from start to end through each step', () => {
    expect(bridge).toEqual({
      from: '2027-05',
      to: '2027-06',
      start: 3750,
      // NEW and the reinstated WAS-CANCELLED come (back) into the portfolio.
      newInitiatives: 340,
      // CANCEL at its May estimate, and GONE, which is no longer in the register.
      cancelled: -750,
      rebaselined: -500,
      estimateChanges: 100.1,
      end: 2940.1,
    });
  });

  it('adds up exactly even where floating-point sums would not', () => {
    const a = snap('a', [row('X', 0.1), row('Y', 0.2)]);
    const b = snap('b', [row('X', 0.3), row('Y', 0.3), row('Z', 0.1)]);
    const br = computeBridge(a, b, new Set());
    expect(br.start).toBe(0.3);
    expect(br.end).toBe(0.7);
    expect(br.estimateChanges).toBe(0.3);
    expect(br.newInitiatives).toBe(0.1);
  });

  it('is flat between a snapshot and itself', () => {
    const same = computeBridge(from, from, new Set());
    expect([same.newInitiatives, same.cancelled, same.rebaselined, same.estimateChanges]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(same.end).toBe(same.start);
  });
});

describe('snapshot of the register', () => {
  it('records every initiative with its metrics, the as-of date and the label', () => {
    const reg = register([
      initiative('A', { plan: FLAT_PLAN, doi: 3, actual: [100, 100, 100, 100, 100, 100] }),
      initiative('B', { plan: [50], state: 'cancelled' }),
    ]);
    const snapshot = snapshotOf(reg, metricsOf(reg), '2027-06', '2027-06-30T17:00:00.000Z');
    expect(snapshot).toEqual({
      label: '2027-06',
      asOf: '2027-06-15',
      takenAt: '2027-06-30T17:00:00.000Z',
      rows: [
        {
          id: 'A',
          doi: 3,
          state: 'active',
          planTotal: 1200,
          planToDate: 600,
          actualToDate: 600,
          estimateAtCompletion: 1200,
          weightedValue: 600,
          valueStatus: 'green',
        },
        {
          id: 'B',
          doi: 0,
          state: 'cancelled',
          planTotal: 50,
          planToDate: 50,
          actualToDate: 0,
          estimateAtCompletion: 50,
          weightedValue: 0,
          valueStatus: 'amber',
        },
      ],
    });
  });

  it('refuses metrics computed for another register', () => {
    const reg = register([initiative('A')]);
    const other = metricsOf(register([initiative('Z')]));
    expect(() => snapshotOf(reg, other, 'x', 'y')).toThrow(/do not belong to this register/);
  });

  it('feeds the bridge: a snapshot bridged to a later one adds up', () => {
    const before = register([initiative('A', { plan: FLAT_PLAN })]);
    const after = register([
      initiative('A', { plan: FLAT_PLAN, forecast: [null, null, null, null, null, null, 50] }),
      initiative('B', { plan: [10.05] }),
    ]);
    const br = computeBridge(
      snapshotOf(before, metricsOf(before), 'May', 't0'),
      snapshotOf(after, metricsOf(after), 'June', 't1'),
      new Set(),
    );
    expect([br.start, br.newInitiatives, br.estimateChanges, br.end]).toEqual([1200, 10.05, -50, 1160.05]);
  });
});
