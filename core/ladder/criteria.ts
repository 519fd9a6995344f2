/**
 * One checker per gate criterion. Each returns a `CriterionCheckDto` whose message, when the
 * criterion is unmet, names what is missing and what to do; when met, what satisfied it.
 */
import type { Initiative } from '../model/initiative.js';
import type { Criterion, Role } from '../model/ladder.js';
import type { Register } from '../model/register.js';
import type { CriterionCheckDto } from '../contract/governance-service.js';
import type { Actor } from '../model/actor.js';
import { levelLabel } from './presets.js';
import { samePerson } from './roles.js';
import { formatAmount, onRegister, type RowLookup } from './where.js';

export interface GateContext {
  register: Register;
  initiative: Initiative;
  actor: Actor;
  /** The actor's roles for this initiative (see `rolesOf`). */
  roles: ReadonlySet<Role>;
  /** The level being entered. */
  toLevel: number;
  /** Present when the check is part of a sign-off request. */
  signOff?: { confirmedValue: number; evidence: string };
  /** PG Register rows by ID, so messages can name the row. */
  rowOf?: RowLookup;
}

/** Criteria about the initiative's data; they must still hold at every later gate. */
export const DATA_CRITERIA: readonly Criterion[] = [
  'title',
  'owner',
  'sponsor',
  'controller',
  'kpi',
  'target',
  'plan',
  'dates',
];

type Checker = (ctx: GateContext) => CriterionCheckDto;

const result = (criterion: Criterion, met: boolean, message: string): CriterionCheckDto => ({
  criterion,
  met,
  message,
});

function named(
  criterion: Criterion,
  column: string,
  missing: string,
  value: (i: Initiative) => string,
): Checker {
  return (ctx) => {
    const text = value(ctx.initiative).trim();
    return text
      ? result(criterion, true, `${column}: ${text}.`)
      : result(criterion, false, `${missing}: fill in ${column} ${onRegister(ctx.initiative, ctx.rowOf)}.`);
  };
}

/** Σ plan over all periods, blanks skipped; NaN when every period is blank. */
export function planTotal(plan: Float64Array): number {
  let total = 0;
  let any = false;
  for (const value of plan) {
    if (Number.isFinite(value)) {
      total += value;
      any = true;
    }
  }
  return any ? total : Number.NaN;
}

const checkTarget: Checker = ({ initiative, rowOf }) => {
  const target = initiative.target;
  const where = `Target ${onRegister(initiative, rowOf)}`;
  if (target === null || !Number.isFinite(target))
    return result('target', false, `No target: enter the expected benefit (a number above 0) in ${where}.`);
  if (target <= 0)
    return result(
      'target',
      false,
      `Target is ${formatAmount(target)}; it must be above 0: enter the expected benefit in ${where}.`,
    );
  return result('target', true, `Target: ${formatAmount(target)}.`);
};

const checkPlan: Checker = ({ initiative }) => {
  const total = planTotal(initiative.plan);
  if (Number.isNaN(total))
    return result(
      'plan',
      false,
      `No plan phasing: enter planned values per period in the ${initiative.id} row of PG Plan.`,
    );
  if (total <= 0)
    return result(
      'plan',
      false,
      `Plan total is ${formatAmount(total)}; it must be above 0: enter planned values per period in the ${initiative.id} row of PG Plan.`,
    );
  return result('plan', true, `Plan total: ${formatAmount(total)}.`);
};

const checkDates: Checker = ({ initiative, rowOf }) => {
  const where = onRegister(initiative, rowOf);
  const { start, due } = initiative;
  if (!start && !due) return result('dates', false, `No start or due date: fill in Start and Due ${where}.`);
  if (!start) return result('dates', false, `No start date: fill in Start ${where}.`);
  if (!due) return result('dates', false, `No due date: fill in Due ${where}.`);
  if (start > due)
    return result('dates', false, `Start ${start} is after Due ${due}: correct Start or Due ${where}.`);
  return result('dates', true, `Runs ${start} to ${due}.`);
};

function person(role: string, name: string): string {
  return name.trim() ? `the ${role} (${name.trim()})` : `the ${role}`;
}

const checkDecision: Checker = ({ register, initiative, actor, roles, toLevel }) => {
  const target = levelLabel(register.settings.ladder, toLevel);
  const deciders = `${person('sponsor', initiative.sponsor)} or the PMO`;
  if (roles.has('owner'))
    return result(
      'decision',
      false,
      `The go decision cannot come from the owner (${actor.name}): ${deciders} must move it to ${target}.`,
    );
  if (roles.has('sponsor') || roles.has('pmo'))
    return result(
      'decision',
      true,
      `Go decision by ${actor.name} (${roles.has('sponsor') ? 'sponsor' : 'PMO'}).`,
    );
  return result('decision', false, `Go decision needed: ${deciders} must move it to ${target}.`);
};

const checkImplemented: Checker = ({ register, initiative, actor, roles, toLevel }) => {
  if (roles.has('owner') || roles.has('pmo'))
    return result(
      'implemented',
      true,
      `Implementation confirmed complete by ${actor.name} (${roles.has('owner') ? 'owner' : 'PMO'}).`,
    );
  return result(
    'implemented',
    false,
    `Implementation must be confirmed complete by ${person('owner', initiative.owner)} or the PMO: ask them to move it to ${levelLabel(register.settings.ladder, toLevel)}.`,
  );
};

/** Everything that stands in the way of this actor signing this initiative off, in words. */
export function signOffProblems(ctx: GateContext): string[] {
  const { initiative, actor, roles, signOff, rowOf } = ctx;
  const problems: string[] = [];
  const controller = person('controller', initiative.controller);
  if (roles.has('owner')) {
    problems.push(
      `${actor.name} is the owner of ${initiative.id}, and an owner cannot sign off their own initiative: ${controller} must sign it off.`,
    );
  } else if (!roles.has('controller')) {
    problems.push(
      `Only ${initiative.id}'s controller or a controller listed in PG Settings may sign off, and ${actor.name} is neither: ask ${controller}.`,
    );
  }
  if (initiative.controller.trim() && samePerson(initiative.controller, initiative.owner)) {
    problems.push(
      `The controller named for ${initiative.id} is also its owner: name a different controller in Controller ${onRegister(initiative, rowOf)}.`,
    );
  }
  if (signOff) {
    if (typeof signOff.confirmedValue !== 'number' || !Number.isFinite(signOff.confirmedValue))
      problems.push('No confirmed value: enter the realised value in the reporting currency, e.g. 118000.');
    if (typeof signOff.evidence !== 'string' || signOff.evidence.trim() === '')
      problems.push(
        'No evidence named: say where the realised value can be checked (a report, ledger extract or CRM export).',
      );
  }
  return problems;
}

const checkSignOff: Checker = (ctx) => {
  const problems = signOffProblems(ctx);
  if (problems.length > 0) return result('signOff', false, problems.join(' '));
  return ctx.signOff
    ? result(
        'signOff',
        true,
        `Confirmed value ${formatAmount(ctx.signOff.confirmedValue)} by ${ctx.actor.name}, evidence: ${ctx.signOff.evidence.trim()}.`,
      )
    : result(
        'signOff',
        true,
        `${ctx.actor.name} may sign this off: confirm the realised value and name the evidence in Sign-off.`,
      );
};

export const CRITERION_CHECKERS: Record<Criterion, Checker> = {
  title: named('title', 'Initiative', 'No title', (i) => i.name),
  owner: named('owner', 'Owner', 'No owner named', (i) => i.owner),
  sponsor: named('sponsor', 'Sponsor', 'No sponsor named', (i) => i.sponsor),
  controller: named('controller', 'Controller', 'No controller named', (i) => i.controller),
  kpi: named('kpi', 'KPI', 'No KPI named', (i) => i.kpi),
  target: checkTarget,
  plan: checkPlan,
  dates: checkDates,
  decision: checkDecision,
  implemented: checkImplemented,
  signOff: checkSignOff,
};

export function checkCriterion(criterion: Criterion, ctx: GateContext): CriterionCheckDto {
  return CRITERION_CHECKERS[criterion](ctx);
}
