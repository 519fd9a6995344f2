import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRegister } from '../../../core/codec/decode-register.js';
import { encodeRegister } from '../../../core/codec/encode-register.js';
import { GOVERNED_COLUMNS } from '../../../core/codec/register-columns.js';
import { COMPUTED_COLUMNS } from '../../../core/codec/computed-columns.js';
import { AUDIT_ACTIONS, type AuditEvent } from '../../../core/model/audit.js';
import type { CellValue } from '../../../core/model/cell.js';
import { IMPACT_TYPES, LIGHTS, STATES } from '../../../core/model/initiative.js';
import type { Register } from '../../../core/model/register.js';
import { PG_SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { registerBuilder, standardSettings } from '../../support/index.js';

async function throughWorkbook(register: Register): Promise<ReturnType<typeof decodeRegister>> {
  const workbook = new MemoryWorkbook();
  await workbook.write({ sheets: encodeRegister(register, null) });
  return decodeRegister(await workbook.read(PG_SHEETS), { today: '2027-03-31' });
}

const reserved = new Set(
  [...GOVERNED_COLUMNS.map((c) => c.header), ...COMPUTED_COLUMNS.map((c) => c.name)].map((h) =>
    h.toLowerCase(),
  ),
);
const trimmedText = fc
  .string({ minLength: 1, maxLength: 12 })
  .map((s) => s.replace(/[\s\u00a0]+/g, ' ').trim())
  .filter((s) => s !== '');
const maybeText = fc.oneof(fc.constant(''), trimmedText);
const amount = fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((v) => (v === 0 ? 0 : v));
const maybeAmount = fc.option(amount, { nil: null });
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const maybeDate = fc.option(isoDate, { nil: null });
// Any text: separators and quotes inside a key are quoted on write (core/values/key-list.ts).
const key = fc.oneof(trimmedText, fc.constantFrom('Müller, Hans GmbH', '"Quoted"', 'a;b', '12" pipe'));
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(trimmedText, amount, fc.boolean(), fc.constant(null));

const registerArbitrary = fc
  .record({
    periodCount: fc.integer({ min: 0, max: 6 }),
    ids: fc.uniqueArray(trimmedText, { minLength: 0, maxLength: 6, selector: (s) => s.toLowerCase() }),
    extras: fc.uniqueArray(
      trimmedText.filter(
        (h) => !reserved.has(h.toLowerCase()) && !/^column /i.test(h) && !/\(\d+\)$/.test(h),
      ),
      { maxLength: 3, selector: (s) => s.toLowerCase() },
    ),
    target: maybeAmount,
  })
  .chain(({ periodCount, ids, extras, target }) =>
    fc
      .tuple(
        ...ids.map(() =>
          fc.record({
            name: maybeText,
            program: maybeText,
            owner: maybeText,
            controller: maybeText,
            impactType: fc.option(fc.constantFrom(...IMPACT_TYPES), { nil: null }),
            kpi: maybeText,
            baseline: maybeAmount,
            target: maybeAmount,
            doi: fc.integer({ min: 0, max: 5 }),
            state: fc.constantFrom(...STATES),
            implementationStatus: fc.option(fc.constantFrom(...LIGHTS), { nil: null }),
            start: maybeDate,
            due: maybeDate,
            reviewEveryDays: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
            keys: fc.array(key, { maxLength: 3 }),
            confirmedValue: maybeAmount,
            confirmedAt: maybeDate,
            evidence: maybeText,
            plan: fc.array(fc.option(amount, { nil: null }), {
              minLength: periodCount,
              maxLength: periodCount,
            }),
            actual: fc.array(fc.option(amount, { nil: null }), {
              minLength: periodCount,
              maxLength: periodCount,
            }),
            extra: fc.array(cellValue, { minLength: extras.length, maxLength: extras.length }),
          }),
        ),
      )
      .map((specs) => {
        const builder = registerBuilder(standardSettings({ target })).periods('2026-11', periodCount);
        specs.forEach(({ extra, ...spec }, i) =>
          builder.initiative(ids[i], {
            ...spec,
            extra: Object.fromEntries(extras.map((h, e) => [h, extra[e]!])),
          }),
        );
        const register = builder.build();
        register.extraColumns = [...extras];
        return register;
      }),
  );

const auditEvent: fc.Arbitrary<AuditEvent> = fc.record({
  time: fc.constant('2027-03-31T09:15:00.000Z'),
  actor: trimmedText,
  identity: fc.constantFrom('verified' as const, 'declared' as const),
  action: fc.constantFrom(...AUDIT_ACTIONS),
  initiative: maybeText,
  from: maybeText,
  to: maybeText,
  payload: fc.constant('{"a":1,"b":"x y"}'),
  prevHash: fc.stringMatching(/^[0-9a-f]{64}$/),
  hash: fc.stringMatching(/^[0-9a-f]{64}$/),
});

describe('register ⇄ PG sheets', () => {
  it('loses nothing for a hand-built register with user columns', async () => {
    const register = registerBuilder(
      standardSettings({ pmo: ['Pat PMO', 'Quinn'], extra: { 'Board deck': 'Q2 deck' } }),
    )
      .periods('2027-01', 3)
      .initiative('CAMP-01', {
        name: 'Spring campaign',
        program: 'Brand',
        doi: 3,
        keys: ['SF-001', 'CC 4711'],
        plan: [100, 200, null],
        actual: [90],
      })
      .initiative('CAMP-02', {
        name: 'Partner webinars',
        state: 'on hold',
        implementationStatus: 'amber',
        start: '2027-01-15',
        due: '2027-06-30',
      })
      .build();
    register.extraColumns = ['Notes', 'Budget line'];
    register.initiatives[0].extra = { Notes: 'agency briefed', 'Budget line': 4711 };
    register.initiatives[1].extra = { Notes: null, 'Budget line': true };
    register.seriesExtras['PG Plan'] = {
      headers: ['Comment'],
      byId: { 'CAMP-01': ['front-loaded'], 'CAMP-02': [null] },
    };
    const decoded = await throughWorkbook(register);
    expect(decoded.problems).toEqual([]);
    expect(decoded.register).toEqual(register);
  });

  it('loses nothing for random registers', async () => {
    await fc.assert(
      fc.asyncProperty(registerArbitrary, fc.array(auditEvent, { maxLength: 4 }), async (register, audit) => {
        register.audit = audit;
        const decoded = await throughWorkbook(register);
        expect(decoded.problems).toEqual([]);
        expect(decoded.register).toEqual(register);
      }),
      { numRuns: 80 },
    );
  });
});
