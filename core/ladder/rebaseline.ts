/**
 * Approved re-baseline: after the plan freeze, the sponsor or the PMO (never the owner) may
 * approve the current plan as the new baseline, with a reason. The 'rebaseline' event seals
 * the new plan and keeps the previous baseline, so the bridge can show the change and the
 * baseline-drift flag stops firing for the approved plan.
 */
import type { Initiative } from '../model/initiative.js';
import type { Register } from '../model/register.js';
import type { Actor } from '../model/actor.js';
import { canonicalJson } from '../seal/canonical-json.js';
import { changedPeriods, sameAmount, seriesRecord } from '../seal/sealed-series.js';
import { latestBaselines } from '../seal/sealed-values.js';
import { checkCriterion, planTotal } from './criteria.js';
import { anonymousProblem } from './gate-check.js';
import { copyInitiative, refused, type MoveOutcome } from './outcome.js';
import { levelLabel } from './presets.js';
import { rolesOf } from './roles.js';
import { formatAmount, type RowLookup } from './where.js';

function total(series: Float64Array | undefined): number {
  const sum = series ? planTotal(series) : Number.NaN;
  return Number.isNaN(sum) ? 0 : sum;
}

export function planRebaseline(
  register: Register,
  initiative: Initiative,
  reason: string,
  actor: Actor,
  now: string,
  rowOf?: RowLookup,
): MoveOutcome {
  const ladder = register.settings.ladder;
  const roles = rolesOf(register.settings, initiative, actor.name);
  const baseline = latestBaselines(register).get(initiative.id);
  const problems: string[] = [];
  const push = (p: string | null): void => void (p !== null && problems.push(p));

  push(anonymousProblem(actor));
  if (initiative.state === 'closed' || initiative.state === 'cancelled')
    push(`${initiative.id} is ${initiative.state}: its baseline can no longer change.`);
  else if (initiative.doi < ladder.freezeLevel)
    push(
      `${initiative.id} is at ${levelLabel(ladder, initiative.doi)}: its plan is not frozen yet (that happens at ${levelLabel(ladder, ladder.freezeLevel)}), so there is nothing to re-baseline.`,
    );
  if (roles.has('owner'))
    push(
      `A new baseline cannot be approved by the owner (${actor.name}): the sponsor${initiative.sponsor.trim() ? ` (${initiative.sponsor.trim()})` : ''} or the PMO must approve it.`,
    );
  else if (!roles.has('sponsor') && !roles.has('pmo'))
    push(
      `Only the sponsor${initiative.sponsor.trim() ? ` (${initiative.sponsor.trim()})` : ''} or the PMO may approve a new baseline for ${initiative.id}.`,
    );
  const plan = checkCriterion('plan', {
    register,
    initiative,
    actor,
    roles,
    toLevel: initiative.doi,
    rowOf,
  });
  if (!plan.met) push(plan.message);
  if (
    plan.met &&
    baseline &&
    changedPeriods(seriesRecord(baseline, register.periods), initiative.plan, register.periods).length === 0
  )
    push(`The plan of ${initiative.id} already equals its baseline: there is nothing to re-baseline.`);
  if (reason.trim() === '') push('A new baseline needs a reason: say why in Reason.');
  if (problems.length > 0) return refused(problems);

  const before = total(baseline);
  const after = total(initiative.plan);
  const payload = canonicalJson({
    reason: reason.trim(),
    level: initiative.doi,
    target: initiative.target,
    plan: seriesRecord(initiative.plan, register.periods),
    actual: seriesRecord(initiative.actual, register.periods),
    previousPlan: baseline ? seriesRecord(baseline, register.periods) : null,
  });
  const change = sameAmount(before, after)
    ? 'phasing changed, total unchanged'
    : `plan total ${formatAmount(before)} → ${formatAmount(after)}`;
  return {
    ok: true,
    initiative: copyInitiative(initiative),
    events: [
      {
        time: now,
        actor: actor.name.trim(),
        identity: actor.kind,
        action: 'rebaseline',
        initiative: initiative.id,
        from: formatAmount(before),
        to: formatAmount(after),
        payload,
      },
    ],
    message: `Approved a new baseline for ${initiative.id} (${change}).`,
  };
}
