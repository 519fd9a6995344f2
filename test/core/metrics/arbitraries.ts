/** fast-check generators of registers and snapshots for the metrics properties. */
import fc from 'fast-check';
import type { Initiative } from '../../../core/model/initiative.js';
import { STATES } from '../../../core/model/initiative.js';
import type { Register, Snapshot, SnapshotRow } from '../../../core/model/register.js';
import { PERIODS, initiative, register } from './builders.js';

/** A cell: blank, or an amount in cents, sometimes negative (a cost overrun). */
const cell = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: -50_000_00, max: 500_000_00 }).map((c) => c / 100) },
);
const seriesOf = fc.array(cell, { minLength: PERIODS.length, maxLength: PERIODS.length });

const initiativeArb = (id: string): fc.Arbitrary<Initiative> =>
  fc
    .record({
      program: fc.constantFrom('Growth', 'Retention', ' growth', ''),
      owner: fc.constantFrom('Ann', 'Ben', ''),
      client: fc.constantFrom('Acme', 'Globex'),
      workstream: fc.constantFrom('Paid', 'Owned', 'Earned'),
      doi: fc.integer({ min: 0, max: 5 }),
      state: fc.constantFrom(...STATES),
      implementationStatus: fc.constantFrom('green' as const, 'amber' as const, 'red' as const, null),
      confirmedValue: fc.option(fc.integer({ min: 0, max: 100_000_00 }).map((c) => c / 100)),
      keys: fc.array(fc.constantFrom('K1', 'k1 ', 'K2', 'K3'), { maxLength: 2 }),
      plan: seriesOf,
      forecast: seriesOf,
      actual: seriesOf,
    })
    .map((spec) => initiative(id, spec));

export const registerArb: fc.Arbitrary<Register> = fc
  .integer({ min: 0, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => initiativeArb(`I-${i + 1}`))))
  .map((initiatives) => register(initiatives));

const rowArb = (id: string): fc.Arbitrary<SnapshotRow> =>
  fc.record({
    id: fc.constant(id),
    doi: fc.integer({ min: 0, max: 5 }),
    state: fc.constantFrom(...STATES, 'Cancelled'),
    planTotal: fc.double({ min: -1e6, max: 1e8, noNaN: true }),
    planToDate: fc.constant(0),
    actualToDate: fc.constant(0),
    estimateAtCompletion: fc.double({ min: -1e6, max: 1e8, noNaN: true }),
    weightedValue: fc.constant(0),
    valueStatus: fc.constantFrom('green', 'amber', 'red', 'n/a'),
  });

/** Snapshot rows over a shared pool of IDs, so some initiatives persist, some appear, some vanish. */
export const snapshotArb = (label: string): fc.Arbitrary<Snapshot> =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 30 })
    .chain((ids) => fc.tuple(...ids.map((n) => rowArb(`I-${n}`))))
    .map((rows) => ({ label, asOf: '2027-06-30', takenAt: '2027-07-01T08:00:00.000Z', rows }));
