import type { Initiative } from '../model/initiative.js';
import type { Period } from '../model/period.js';
import type { Register } from '../model/register.js';
import type { MergeOutcome, MergeReportDto } from '../contract/governance-service.js';
import type { Actor } from '../model/actor.js';
import { realignSeries, unionPeriods } from './align-series.js';
import { canonicalJson, type JsonValue } from '../seal/canonical-json.js';
import type { UnsealedEvent } from '../model/audit.js';
import { FIELD_TITLES } from '../import/header-synonyms.js';
import { applyDescriptive, descriptiveChanges, type FieldChange } from './descriptive-fields.js';
import { formatAmount } from './format-amount.js';
import { describePlanChanges, planChanges, seriesTotal } from './plan-changes.js';

/** What a plan import hands to the merge (the `ImportedPlan` of core/import satisfies it). */
export interface MergeablePlan {
  periods: Period[];
  initiatives: Initiative[];
  /** 1-based source row of each initiative, when known. */
  sourceRows?: number[];
}

export interface MergeResult {
  register: Register;
  report: MergeReportDto;
  /** Empty when nothing changed: the same plan imported twice needs no write. */
  events: UnsealedEvent[];
}

type ReportRow = MergeReportDto['rows'][number];

/** The merge as it goes: the register's initiatives realigned to the union of periods, and the report so far. */
interface Merge {
  register: Register;
  imported: MergeablePlan;
  periods: Period[];
  importedPeriods: ReadonlySet<Period>;
  initiatives: Initiative[];
  /** Initiative ID → its index in `initiatives`. */
  byId: Map<string, number>;
  /** IDs the import has named so far. */
  seen: Set<string>;
  rows: ReportRow[];
  events: UnsealedEvent[];
  event: (action: UnsealedEvent['action'], initiative: string, payload: JsonValue) => UnsealedEvent;
  levelName: (doi: number) => string;
}

/**
 * Merge an imported plan into a register. New initiatives are added; existing ones below the
 * plan-freeze level take the new plan and descriptive fields; at or above it a changed plan
 * is a conflict, reported with the numbers and never applied. Actuals, forecast, DoI, state,
 * gates, sign-offs and user columns are never touched; nothing is deleted.
 */
export function mergeImport(
  register: Register,
  imported: MergeablePlan,
  now: string,
  actor: Actor,
): MergeResult {
  const merge = startMerge(register, imported, now, actor);
  imported.initiatives.forEach((source, i) => mergeRow(merge, source, i));
  reportNotImported(merge);
  return finishMerge(merge);
}

function startMerge(register: Register, imported: MergeablePlan, now: string, actor: Actor): Merge {
  const periods = unionPeriods(register.periods, imported.periods);
  const { levels } = register.settings.ladder;
  const byId = new Map<string, number>();
  const initiatives = register.initiatives.map((initiative, i) => {
    byId.set(initiative.id, i);
    return realignInitiative(initiative, register.periods, periods);
  });
  return {
    register,
    imported,
    periods,
    importedPeriods: new Set(imported.periods),
    initiatives,
    byId,
    seen: new Set<string>(),
    rows: [],
    events: [],
    event: (action, initiative, payload) => ({
      time: now,
      actor: actor.name,
      identity: actor.kind,
      action,
      initiative,
      from: '',
      to: '',
      payload: canonicalJson(payload),
    }),
    levelName: (doi) => levels.find((l) => l.level === doi)?.name ?? `level ${doi}`,
  };
}

/** One row of the import: a repeated ID, a new initiative, or a change to one the register has. */
function mergeRow(merge: Merge, source: Initiative, i: number): void {
  const sourceRow = merge.imported.sourceRows?.[i];
  const where = sourceRow ? ` (source row ${sourceRow})` : '';
  if (merge.seen.has(source.id)) {
    merge.rows.push(
      row(
        source,
        'conflict',
        `ID ${source.id} appears more than once in the import${where}; only the first row was used. Give each row its own ID.`,
      ),
    );
    return;
  }
  merge.seen.add(source.id);
  const incoming = realignInitiative(source, merge.imported.periods, merge.periods);
  const index = merge.byId.get(source.id);
  if (index === undefined) addInitiative(merge, source, incoming, where);
  else updateInitiative(merge, index, incoming, where);
}

function addInitiative(merge: Merge, source: Initiative, incoming: Initiative, where: string): void {
  const added = newInitiative(incoming);
  merge.byId.set(added.id, merge.initiatives.length);
  merge.initiatives.push(added);
  const note =
    source.doi > 0
      ? ` The source says DoI ${source.doi}: it starts at ${merge.levelName(0)} and moves up through the gates.`
      : '';
  merge.rows.push(
    row(
      added,
      'added',
      `New initiative${where}, plan total ${formatAmount(seriesTotal(added.plan))}.${note}`,
    ),
  );
  merge.events.push(
    merge.event('create', added.id, {
      name: added.name,
      planTotal: seriesTotal(added.plan),
      source: 'plan import',
    }),
  );
}

/** An initiative the register has: unchanged, left alone (cancelled, or its plan frozen), or updated. */
function updateInitiative(merge: Merge, index: number, incoming: Initiative, where: string): void {
  const current = merge.initiatives[index];
  const plan = planChanges(current.plan, incoming.plan, merge.periods, merge.importedPeriods);
  const fields = descriptiveChanges(current, incoming);
  if (plan.length === 0 && fields.length === 0) {
    merge.rows.push(row(current, 'unchanged', `Same plan and fields as the register${where}.`));
    return;
  }
  if (current.state === 'cancelled') {
    merge.rows.push(
      row(
        current,
        'skipped',
        `Cancelled in the register, so the import does not change it${where}: ${changeSummary(plan, fields)}.`,
      ),
    );
    return;
  }
  if (current.doi >= merge.register.settings.ladder.freezeLevel || current.state === 'closed') {
    merge.rows.push(
      row(
        current,
        'conflict',
        `At DoI ${current.doi} ${merge.levelName(current.doi)} the plan is frozen, so nothing was changed${where}: ${changeSummary(plan, fields)}. If the new plan is approved, re-baseline the initiative; otherwise correct the source.`,
      ),
    );
    return;
  }
  const next = applyDescriptive(current, incoming, fields);
  next.plan = current.plan.slice();
  for (const change of plan) next.plan[merge.periods.indexOf(change.period)] = change.to;
  merge.initiatives[index] = next;
  merge.rows.push(row(next, 'updated', `Updated${where}: ${changeSummary(plan, fields)}.`));
}

/** Initiatives the import does not name are kept: PlanGate never deletes one. */
function reportNotImported(merge: Merge): void {
  for (const initiative of merge.register.initiatives) {
    if (merge.seen.has(initiative.id)) continue;
    merge.rows.push(
      row(
        initiative,
        'skipped',
        'Not in this import; kept unchanged. PlanGate never deletes an initiative: cancel it in the Initiative pane if it was dropped from the plan.',
      ),
    );
  }
}

/** The merged register, the report's counts and the import event, when anything changed. */
function finishMerge(merge: Merge): MergeResult {
  const { register, periods, initiatives, rows, events } = merge;
  const counts = countOutcomes(rows);
  const changed = counts.added + counts.updated > 0 || periods.length !== register.periods.length;
  if (changed) {
    events.push(
      merge.event('import', '', { kind: 'plan', ...counts, periods: merge.imported.periods.length }),
    );
  }
  const merged: Register = changed ? { ...register, periods, initiatives } : register;
  return { register: merged, report: { counts, rows, wrote: [] }, events };
}

function realignInitiative(
  initiative: Initiative,
  from: readonly Period[],
  to: readonly Period[],
): Initiative {
  if (from.length === to.length && from.every((p, i) => p === to[i])) return initiative;
  return {
    ...initiative,
    plan: realignSeries(initiative.plan, from, to),
    forecast: realignSeries(initiative.forecast, from, to),
    actual: realignSeries(initiative.actual, from, to),
  };
}

/** A new initiative starts at the bottom of the ladder with only its plan: gates are earned, not imported. */
function newInitiative(source: Initiative): Initiative {
  const blank = new Float64Array(source.plan.length).fill(Number.NaN);
  return {
    ...source,
    keys: [...source.keys],
    doi: 0,
    state: 'active',
    confirmedValue: null,
    confirmedBy: '',
    confirmedAt: null,
    forecast: blank,
    actual: blank.slice(),
    extra: {},
  };
}

function changeSummary(plan: ReturnType<typeof planChanges>, fields: FieldChange[]): string {
  const parts: string[] = [];
  if (plan.length > 0) parts.push(`plan ${describePlanChanges(plan)}`);
  for (const f of fields.slice(0, 3)) parts.push(`${FIELD_TITLES[f.field]} "${f.from}" → "${f.to}"`);
  if (fields.length > 3) parts.push(`${fields.length - 3} more fields`);
  return parts.join('; ');
}

function row(initiative: Initiative, outcome: MergeOutcome, reason: string): ReportRow {
  return { id: initiative.id, name: initiative.name, outcome, reason };
}

function countOutcomes(rows: ReportRow[]): Record<MergeOutcome, number> {
  const counts: Record<MergeOutcome, number> = {
    added: 0,
    updated: 0,
    unchanged: 0,
    conflict: 0,
    skipped: 0,
  };
  for (const r of rows) counts[r.outcome] += 1;
  return counts;
}
