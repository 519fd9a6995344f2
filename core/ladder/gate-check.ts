/**
 * The checklist for moving an initiative into a level, as the Initiative pane shows it, and
 * whether the acting person may do it now.
 *
 * Checked: the target level's own criteria, plus the data criteria (names, KPI, target, plan,
 * dates) of every level below it — a target erased after level 1 must not slip through
 * level 4. Role criteria (decision, implemented, sign-off) count only at their own level.
 */
import type { Initiative } from '../model/initiative.js';
import type { Criterion } from '../model/ladder.js';
import type { Register } from '../model/register.js';
import type { CriterionCheckDto, GateCheckDto } from '../contract/governance-service.js';
import type { Actor } from '../model/actor.js';
import { checkCriterion, DATA_CRITERIA, type GateContext } from './criteria.js';
import { ladderLevel, levelLabel } from './presets.js';
import { describeHeldRoles, describeMovers, mayMove, rolesOf } from './roles.js';
import type { RowLookup } from './where.js';

/** The criteria to check for entering `toLevel`, lower levels' data criteria first, each once. */
export function gateCriteria(register: Register, toLevel: number): Criterion[] {
  const seen = new Set<Criterion>();
  const list: Criterion[] = [];
  for (const level of register.settings.ladder.levels) {
    if (level.level > toLevel) continue;
    for (const criterion of level.criteria) {
      const counts = level.level === toLevel || DATA_CRITERIA.includes(criterion);
      if (counts && !seen.has(criterion)) {
        seen.add(criterion);
        list.push(criterion);
      }
    }
  }
  return list;
}

/** A sentence asking the user to say who they are, or null when the actor is named. */
export function anonymousProblem(actor: Actor): string | null {
  return actor.name.trim() === ''
    ? 'PlanGate does not know who you are: enter your name in Settings, then try again.'
    : null;
}

/** Why the initiative's state forbids moving it up, or null. */
export function stateProblem(initiative: Initiative): string | null {
  switch (initiative.state) {
    case 'closed':
      return `${initiative.id} is closed: a closed initiative does not move.`;
    case 'cancelled':
      return `${initiative.id} is cancelled: a cancelled initiative does not move.`;
    case 'on hold':
      return `${initiative.id} is on hold: the sponsor or the PMO must resume it first.`;
    default:
      return null;
  }
}

export interface GateEvaluation {
  dto: GateCheckDto;
  /** Every reason the move is refused, in the order a user should fix them. */
  problems: string[];
}

export function evaluateGate(
  register: Register,
  initiative: Initiative,
  toLevel: number,
  actor: Actor,
  options: Pick<GateContext, 'signOff' | 'rowOf'> = {},
): GateEvaluation {
  const ladder = register.settings.ladder;
  const level = ladderLevel(ladder, toLevel);
  const toName = level?.name ?? '';
  if (!level) {
    const problem = `The ladder has no level ${toLevel}: ${initiative.id} is at ${levelLabel(ladder, initiative.doi)}.`;
    return {
      dto: { toLevel, toName, criteria: [], movers: [], allowed: false, refusal: problem },
      problems: [problem],
    };
  }
  const roles = rolesOf(register.settings, initiative, actor.name);
  const ctx: GateContext = { register, initiative, actor, roles, toLevel, ...options };
  const criteria: CriterionCheckDto[] = gateCriteria(register, toLevel).map((c) => checkCriterion(c, ctx));

  const problems: string[] = [];
  const push = (p: string | null): void => {
    if (p !== null && !problems.includes(p)) problems.push(p);
  };
  push(anonymousProblem(actor));
  push(stateProblem(initiative));
  if (toLevel !== initiative.doi + 1) {
    push(
      `${initiative.id} is at ${levelLabel(ladder, initiative.doi)}: it can only move up one level at a time${
        ladderLevel(ladder, initiative.doi + 1) ? `, to ${levelLabel(ladder, initiative.doi + 1)}` : ''
      }.`,
    );
  }
  const roleCriterionUnmet = criteria.some(
    (c) =>
      !c.met && (c.criterion === 'decision' || c.criterion === 'implemented' || c.criterion === 'signOff'),
  );
  const anonymous = anonymousProblem(actor) !== null;
  if (!anonymous && !mayMove(roles, level.movers) && !roleCriterionUnmet) {
    push(
      `Only ${describeMovers(level.movers)} may move ${initiative.id} to ${levelLabel(ladder, toLevel)}; ${actor.name.trim()} ${describeHeldRoles(roles)}.`,
    );
  }
  for (const check of criteria) if (!check.met) push(check.message);

  return {
    dto: {
      toLevel,
      toName,
      criteria,
      movers: [...level.movers],
      allowed: problems.length === 0,
      refusal: problems.length === 0 ? null : problems.join(' '),
    },
    problems,
  };
}

/** The gate checklist for moving `initiative` into `toLevel` as `actor`; `rowOf` lets messages name rows. */
export function checkGate(
  register: Register,
  initiative: Initiative,
  toLevel: number,
  actor: Actor,
  rowOf?: RowLookup,
): GateCheckDto {
  return evaluateGate(register, initiative, toLevel, actor, { rowOf }).dto;
}
