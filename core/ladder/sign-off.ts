/**
 * Controller-backed closure. Only the initiative's controller or a controller listed in
 * PG Settings may sign off, never the owner — checked here whatever the ladder's criteria say; the initiative must be active and one level
 * below sign-off; the confirmed value and the evidence are required. The 'sign-off' event
 * seals target, plan, actual, confirmed value, evidence and who confirmed, so any later
 * change to them shows in verification.
 */
import type { Initiative } from '../model/initiative.js';
import type { Register } from '../model/register.js';
import type { SignOffRequest } from '../model/sign-off-request.js';
import type { Actor } from '../model/actor.js';
import { canonicalJson } from '../seal/canonical-json.js';
import { signOffProblems } from './criteria.js';
import { evaluateGate } from './gate-check.js';
import { ladderInvariantBreaches } from './governance-invariants.js';
import { sealedValues } from './move.js';
import { copyInitiative, findInitiative, refused, type MoveOutcome } from './outcome.js';
import { levelLabel } from './presets.js';
import { rolesOf } from './roles.js';
import { formatAmount, type RowLookup } from './where.js';

function levelProblem(register: Register, initiative: Initiative): string | null {
  const ladder = register.settings.ladder;
  const ready = ladder.signOffLevel - 1;
  if (initiative.state === 'closed') {
    const by = initiative.confirmedBy.trim();
    return `${initiative.id} is already closed${by ? `, signed off by ${by}${initiative.confirmedAt ? ` on ${initiative.confirmedAt}` : ''}` : ''}.`;
  }
  if (initiative.doi !== ready)
    return `${initiative.id} is at ${levelLabel(ladder, initiative.doi)}: sign-off is only possible from ${levelLabel(ladder, ready)}. Move it up first.`;
  return null;
}

export function planSignOff(
  register: Register,
  request: SignOffRequest,
  actor: Actor,
  now: string,
  rowOf?: RowLookup,
): MoveOutcome {
  const found = findInitiative(register, request.id);
  if (typeof found === 'string') return refused([found]);
  const initiative = found;
  const ladder = register.settings.ladder;
  const signOff = { confirmedValue: request.confirmedValue, evidence: request.evidence };
  const { problems } = evaluateGate(register, initiative, ladder.signOffLevel, actor, { signOff, rowOf });
  const level = levelProblem(register, initiative);
  // The state and level sentences from the gate say "does not move"; sign-off's own wording is clearer.
  const gateProblems = problems.filter(
    (p) => !p.startsWith(`${initiative.id} is closed`) && !p.includes('one level at a time'),
  );
  const all = level === null ? gateProblems : [level, ...gateProblems.filter((p) => p !== level)];
  // Whatever the ladder's criteria say: never the owner, always a controller, at the last level.
  const invariant = [
    ...ladderInvariantBreaches(ladder).map((b) => `PG Settings: ${b.message}`),
    ...signOffProblems({
      register,
      initiative,
      actor,
      roles: rolesOf(register.settings, initiative, actor.name),
      toLevel: ladder.signOffLevel,
      rowOf,
    }),
  ];
  for (const problem of invariant) if (!all.some((p) => p.includes(problem))) all.push(problem);
  if (all.length > 0) return refused(all);

  const confirmedValue = request.confirmedValue;
  const evidence = request.evidence.trim();
  const confirmedBy = actor.name.trim();
  const closed: Initiative = {
    ...copyInitiative(initiative),
    doi: ladder.signOffLevel,
    state: 'closed',
    confirmedValue,
    confirmedBy,
    confirmedAt: now.slice(0, 10),
    evidence,
  };
  const payload = canonicalJson({
    kind: 'sign-off',
    fromLevel: initiative.doi,
    toLevel: ladder.signOffLevel,
    confirmedValue,
    confirmedBy,
    evidence,
    owner: initiative.owner.trim(),
    controller: initiative.controller.trim(),
    ...sealedValues(register, initiative),
  });
  const to = levelLabel(ladder, ladder.signOffLevel);
  return {
    ok: true,
    initiative: closed,
    events: [
      {
        time: now,
        actor: confirmedBy,
        identity: actor.kind,
        action: 'sign-off',
        initiative: initiative.id,
        from: levelLabel(ladder, initiative.doi),
        to,
        payload,
      },
    ],
    message: `Signed off ${initiative.id} at ${to}: confirmed value ${formatAmount(confirmedValue)} ${register.settings.currency}, evidence: ${evidence}.${
      actor.kind === 'declared'
        ? ` Recorded under the declared name ${confirmedBy}; this host cannot verify who signed.`
        : ''
    }`,
  };
}
