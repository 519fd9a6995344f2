/**
 * Properties over random sequences of moves, sign-offs and edits: no gate is ever skipped,
 * and the audit trail PlanGate writes always verifies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../../core/ladder/gate-check.js';
import { planMove, type MoveOutcome } from '../../../core/ladder/move.js';
import { LADDER_PRESETS } from '../../../core/ladder/presets.js';
import { rolesOf } from '../../../core/ladder/roles.js';
import { planSignOff } from '../../../core/ladder/sign-off.js';
import type { Initiative } from '../../../core/model/initiative.js';
import type { Register } from '../../../core/model/register.js';
import type { IdentityDto, MoveRequestDto } from '../../../core/contract/governance-service.js';
import { parsePayload } from '../../../core/seal/canonical-json.js';
import { chainHead, sealEvents } from '../../../core/seal/chain.js';
import { verifyAudit } from '../../../core/seal/verify.js';
import {
  CONTROLLER,
  OWNER,
  PMO,
  SPONSOR,
  STRANGER,
  initiative,
  register,
  settings,
} from './register-builder.js';

const ACTORS: IdentityDto[] = [OWNER, SPONSOR, CONTROLLER, PMO, STRANGER, { name: '', kind: 'declared' }];

type Step =
  | { type: 'move'; kind: MoveRequestDto['kind']; actor: number; reason: string }
  | { type: 'signOff'; actor: number; value: number; evidence: string }
  | { type: 'edit'; field: 'owner' | 'sponsor' | 'kpi' | 'target' | 'plan' | 'start'; blank: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('move' as const),
      kind: fc.oneof(
        { weight: 30, arbitrary: fc.constant<MoveRequestDto['kind']>('up') },
        { weight: 4, arbitrary: fc.constant<MoveRequestDto['kind']>('back') },
        { weight: 2, arbitrary: fc.constant<MoveRequestDto['kind']>('hold') },
        { weight: 4, arbitrary: fc.constant<MoveRequestDto['kind']>('resume') },
        { weight: 1, arbitrary: fc.constant<MoveRequestDto['kind']>('cancel') },
        { weight: 2, arbitrary: fc.constant<MoveRequestDto['kind']>('rebaseline') },
      ),
      actor: fc.nat(ACTORS.length - 1),
      reason: fc.constantFrom('', 'budget review', 'budget review'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('signOff' as const),
      actor: fc.nat(ACTORS.length - 1),
      value: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: -1000, max: 500_000 }) },
        { weight: 1, arbitrary: fc.constant(Number.NaN) },
      ),
      evidence: fc.constantFrom('', 'ERP extract 2027-06', 'CRM report'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('edit' as const),
      field: fc.constantFrom('owner', 'sponsor', 'kpi', 'target', 'plan', 'start'),
      blank: fc.nat(3).map((n) => n === 0),
    }),
  },
);

function edit(subject: Initiative, s: Extract<Step, { type: 'edit' }>): Initiative {
  const fresh = initiative(subject.id);
  const next: Initiative = { ...subject, plan: subject.plan.slice() };
  switch (s.field) {
    case 'target':
      next.target = s.blank ? null : fresh.target;
      break;
    case 'plan':
      next.plan = s.blank ? new Float64Array(subject.plan.length).fill(Number.NaN) : fresh.plan;
      break;
    case 'start':
      next.start = s.blank ? null : fresh.start;
      break;
    default:
      next[s.field] = s.blank ? '' : fresh[s.field];
  }
  return next;
}

describe('a random sequence of moves', () => {
  it('never skips a gate, and every accepted up-move had its criteria and mover', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LADDER_PRESETS),
        fc.array(step, { minLength: 10, maxLength: 80, size: 'max' }),
        (preset, steps) => {
          let reg: Register = register([initiative('A', { doi: 0 })], { settings: settings({}, preset) });
          const ladder = reg.settings.ladder;
          let closedBySignOff = false;
          steps.forEach((s, n) => {
            const before = reg.initiatives[0];
            const now = `2027-01-01T00:00:${String(n).padStart(2, '0')}.000Z`;
            if (s.type === 'edit') {
              reg = { ...reg, initiatives: [edit(before, s)] };
              return;
            }
            const actor = ACTORS[s.actor];
            const outcome: MoveOutcome =
              s.type === 'move'
                ? planMove(reg, { id: 'A', kind: s.kind, reason: s.reason }, actor, now)
                : planSignOff(reg, { id: 'A', confirmedValue: s.value, evidence: s.evidence }, actor, now);
            if (!outcome.ok) {
              expect(outcome.problems.length).toBeGreaterThan(0);
              expect(outcome.problems.every((p) => p.trim().length > 0)).toBe(true);
              return;
            }
            const after = outcome.initiative;
            expect(outcome.events).toHaveLength(1);
            expect(Math.abs(after.doi - before.doi)).toBeLessThanOrEqual(1);
            expect(actor.name.trim()).not.toBe('');
            const roles = rolesOf(reg.settings, before, actor.name);
            if (after.doi > before.doi) {
              expect(after.doi).toBe(before.doi + 1);
              expect(before.state).toBe('active');
              const gate = evaluateGate(reg, before, after.doi, actor, {
                signOff: s.type === 'signOff' ? { confirmedValue: s.value, evidence: s.evidence } : undefined,
              });
              expect(gate.dto.criteria.every((c) => c.met)).toBe(true);
              expect(gate.dto.movers.some((m) => roles.has(m))).toBe(true);
            }
            if (after.doi === ladder.signOffLevel && before.doi !== ladder.signOffLevel) {
              expect(s.type).toBe('signOff');
              expect(roles.has('owner')).toBe(false);
              expect(roles.has('controller')).toBe(true);
              closedBySignOff = true;
            }
            if (after.state === 'closed') expect(closedBySignOff).toBe(true);
            if (before.state === 'cancelled') expect.unreachable('a cancelled initiative moved');
            const payload = parsePayload(outcome.events[0].payload);
            if (outcome.events[0].action === 'rebaseline') {
              expect(after.doi).toBe(before.doi);
              expect(before.doi).toBeGreaterThanOrEqual(ladder.freezeLevel);
              expect(roles.has('owner')).toBe(false);
            }
            if (outcome.events[0].action === 'move') {
              expect(payload).toMatchObject({ fromLevel: before.doi, toLevel: after.doi });
              expect(payload?.freeze === true).toBe(
                after.doi === ladder.freezeLevel && after.doi > before.doi,
              );
            }
            reg = {
              ...reg,
              initiatives: [after],
              audit: [...reg.audit, ...sealEvents(chainHead(reg.audit), outcome.events)],
            };
          });
          const verification = verifyAudit(reg);
          expect(verification.firstBroken).toBeNull();
          expect(verification.levelsWithoutAudit).toEqual([]);
          expect(verification.checkedEvents).toBe(reg.audit.length);
        },
      ),
      { numRuns: 250 },
    );
  });
});
