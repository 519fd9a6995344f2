import { describe, expect, it } from 'vitest';
import { planMove } from '../../../core/ladder/move.js';
import { GENESIS_HASH } from '../../../core/model/audit.js';
import type { Initiative } from '../../../core/model/initiative.js';
import type { IdentityDto } from '../../../core/contract/governance-service.js';
import { parsePayload } from '../../../core/seal/canonical-json.js';
import { chainHead, sealEvents } from '../../../core/seal/chain.js';
import { latestBaselines } from '../../../core/seal/sealed-values.js';
import { OWNER, PMO, SPONSOR, STRANGER, initiative, register } from './register-builder.js';

const NOW = '2027-04-15T10:00:00.000Z';

/** A register where A was frozen at 3 Decided with its original plan, then its plan was edited. */
function frozenThenEdited(plan: (number | null)[], overrides: Parameters<typeof initiative>[1] = {}) {
  const original = initiative('A', { doi: 2 });
  const frozen = planMove(register([original]), { id: 'A', kind: 'up', reason: '' }, SPONSOR, NOW);
  if (!frozen.ok) throw new Error(frozen.message);
  const audit = sealEvents(GENESIS_HASH, frozen.events);
  const edited: Initiative = { ...initiative('A', { doi: 3, plan, ...overrides }) };
  return register([edited], { audit });
}

function rebaseline(reg: ReturnType<typeof register>, actor: IdentityDto, reason = 'Scope extended to DACH') {
  return planMove(reg, { id: 'A', kind: 'rebaseline', reason }, actor, NOW);
}

describe('rebaseline', () => {
  it('seals the current plan as the new baseline, keeping the previous one', () => {
    const reg = frozenThenEdited([10_000, 20_000, 30_000, 30_000, 30_000, 30_000]);
    const outcome = rebaseline(reg, SPONSOR);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.message).toBe('Approved a new baseline for A (plan total 120,000 → 150,000).');
    expect(outcome.initiative.doi).toBe(3);
    expect(outcome.events[0]).toMatchObject({ action: 'rebaseline', from: '120,000', to: '150,000' });
    const payload = parsePayload(outcome.events[0].payload);
    expect(payload).toMatchObject({
      reason: 'Scope extended to DACH',
      level: 3,
      plan: { '2027-04': 30_000 },
      previousPlan: { '2027-04': 20_000 },
    });
    const audit = [...reg.audit, ...sealEvents(chainHead(reg.audit), outcome.events)];
    expect(Array.from(latestBaselines({ ...reg, audit }).get('A')!)).toEqual([
      10_000, 20_000, 30_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('says when only the phasing changed', () => {
    const reg = frozenThenEdited([30_000, 20_000, 10_000, 20_000, 20_000, 20_000]);
    expect(rebaseline(reg, PMO).message).toBe(
      'Approved a new baseline for A (phasing changed, total unchanged).',
    );
  });

  it('refuses the owner, outsiders, a missing reason and an unchanged plan', () => {
    const reg = frozenThenEdited([10_000, 20_000, 30_000, 30_000, 30_000, 30_000]);
    expect(rebaseline(reg, OWNER).message).toBe(
      'A new baseline cannot be approved by the owner (Olga Owner): the sponsor (Sam Sponsor) or the PMO must approve it.',
    );
    expect(rebaseline(reg, STRANGER).message).toBe(
      'Only the sponsor (Sam Sponsor) or the PMO may approve a new baseline for A.',
    );
    expect(rebaseline(reg, SPONSOR, ' ').message).toBe('A new baseline needs a reason: say why in Reason.');
    const unchanged = frozenThenEdited([10_000, 20_000, 30_000, 20_000, 20_000, 20_000]);
    expect(rebaseline(unchanged, SPONSOR).message).toBe(
      'The plan of A already equals its baseline: there is nothing to re-baseline.',
    );
  });

  it('refuses before the freeze and after closure', () => {
    expect(rebaseline(register([initiative('A', { doi: 2 })]), SPONSOR).message).toBe(
      'A is at 2 Detailed: its plan is not frozen yet (that happens at 3 Decided), so there is nothing to re-baseline.',
    );
    expect(rebaseline(register([initiative('A', { doi: 5, state: 'closed' })]), SPONSOR).message).toBe(
      'A is closed: its baseline can no longer change.',
    );
  });
});
