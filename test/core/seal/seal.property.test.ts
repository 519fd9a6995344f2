/**
 * Properties of the seal: an untouched chain verifies; any single change to any field of
 * any audit row is caught at that row; any change to a sealed value of a closed initiative
 * is reported with the field that changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSignOff } from '../../../core/ladder/sign-off.js';
import { AUDIT_ACTIONS, GENESIS_HASH, type AuditEvent } from '../../../core/model/audit.js';
import type { Initiative } from '../../../core/model/initiative.js';
import { canonicalJson } from '../../../core/seal/canonical-json.js';
import { sealEvents } from '../../../core/seal/chain.js';
import { type UnsealedEvent } from '../../../core/model/audit.js';
import { verifyAudit } from '../../../core/seal/verify.js';
import { CONTROLLER, PERIODS, initiative, register } from '../ladder/register-builder.js';

const text = fc.string({ unit: 'grapheme', maxLength: 12 });

const unsealed: fc.Arbitrary<UnsealedEvent> = fc.record({
  time: fc
    .date({ min: new Date('2026-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  actor: text,
  identity: fc.constantFrom('verified' as const, 'declared' as const),
  action: fc.constantFrom(...AUDIT_ACTIONS),
  initiative: text,
  from: text,
  to: text,
  payload: fc
    .dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.integer(), text))
    .map((o) => canonicalJson(o)),
});

const FIELDS = [
  'time',
  'actor',
  'identity',
  'action',
  'initiative',
  'from',
  'to',
  'payload',
  'prevHash',
  'hash',
] as const;

describe('the audit chain', () => {
  it('verifies when untouched', () => {
    fc.assert(
      fc.property(fc.array(unsealed, { maxLength: 25 }), (events) => {
        const audit = sealEvents(GENESIS_HASH, events);
        const result = verifyAudit(register([], { audit }));
        expect(result).toEqual({
          ok: true,
          checkedEvents: events.length,
          firstBroken: null,
          modifiedAfterSignOff: [],
          levelsWithoutAudit: [],
        });
      }),
    );
  });

  it('names the changed row as the first broken one, whatever field changed', () => {
    fc.assert(
      fc.property(
        fc.array(unsealed, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.constantFrom(...FIELDS),
        fc.string({ minLength: 1, maxLength: 3 }),
        (events, at, field, suffix) => {
          const audit: AuditEvent[] = sealEvents(GENESIS_HASH, events);
          const index = at % audit.length;
          const tampered = audit.map((e) => ({ ...e }));
          const row = tampered[index] as unknown as Record<string, string>;
          row[field] =
            field === 'identity'
              ? row[field] === 'verified'
                ? 'declared'
                : 'verified'
              : row[field] + suffix;
          const result = verifyAudit(register([], { audit: tampered }));
          expect(result.ok).toBe(false);
          expect(result.firstBroken?.index).toBe(index);
          expect(result.firstBroken?.row).toBe(index + 2);
          expect(result.firstBroken?.message).toContain(`PG Audit row ${index + 2}`);
        },
      ),
    );
  });

  it('catches a row removed anywhere', () => {
    fc.assert(
      fc.property(fc.array(unsealed, { minLength: 2, maxLength: 20 }), fc.nat(), (events, at) => {
        const audit = sealEvents(GENESIS_HASH, events);
        const index = at % (audit.length - 1); // removing the last row leaves a valid shorter chain
        const result = verifyAudit(register([], { audit: audit.filter((_, i) => i !== index) }));
        expect(result.firstBroken?.index).toBe(index);
      }),
    );
  });
});

type SealedField = 'Target' | 'Plan' | 'Actual' | 'Confirmed value' | 'Evidence';

function change(closed: Initiative, field: SealedField, period: number, delta: number): Initiative {
  const next: Initiative = { ...closed, plan: closed.plan.slice(), actual: closed.actual.slice() };
  switch (field) {
    case 'Target':
      next.target = (closed.target ?? 0) + delta;
      break;
    case 'Plan':
      next.plan[period] = (Number.isFinite(next.plan[period]) ? next.plan[period] : 0) + delta;
      break;
    case 'Actual':
      next.actual[period] =
        Number.isFinite(next.actual[period]) && delta % 2 === 0
          ? Number.NaN
          : (next.actual[period] || 0) + delta;
      break;
    case 'Confirmed value':
      next.confirmedValue = (closed.confirmedValue ?? 0) + delta;
      break;
    case 'Evidence':
      next.evidence = `${closed.evidence} (revised ${delta})`;
      break;
  }
  return next;
}

describe('sealed values', () => {
  it('report any single change after sign-off, naming the field', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom<SealedField>('Target', 'Plan', 'Actual', 'Confirmed value', 'Evidence'),
        fc.nat(PERIODS.length - 1),
        fc.integer({ min: 1, max: 50_000 }).chain((d) => fc.constantFrom(d, -d)),
        (actual, value, field, period, delta) => {
          const subject = initiative('A', { doi: 4, actual });
          const reg = register([subject]);
          const outcome = planSignOff(
            reg,
            { id: 'A', confirmedValue: value, evidence: 'ERP' },
            CONTROLLER,
            '2027-07-01T00:00:00.000Z',
          );
          if (!outcome.ok) throw new Error(outcome.message);
          const audit = sealEvents(GENESIS_HASH, outcome.events);
          expect(verifyAudit(register([outcome.initiative], { audit })).ok).toBe(true);

          const result = verifyAudit(register([change(outcome.initiative, field, period, delta)], { audit }));
          expect(result.firstBroken).toBeNull();
          expect(result.modifiedAfterSignOff).toHaveLength(1);
          expect(result.modifiedAfterSignOff[0].fields).toEqual([field]);
          expect(result.modifiedAfterSignOff[0].message).toContain(
            'A Campaign A changed after Carla Controller signed it off',
          );
        },
      ),
    );
  });
});
