/**
 * What the seals in `PG Audit` say each initiative's values were, read back for the metrics
 * engine (baseline drift, modified after sign-off) and for verification.
 */
import type { AuditEvent } from '../model/audit.js';
import type { Initiative } from '../model/initiative.js';
import type { Register } from '../model/register.js';
import { parsePayload } from './canonical-json.js';
import { recordedLevels } from './recorded-levels.js';
import { changedPeriods, sameAmount, seriesFromRecord } from './sealed-series.js';

/** Whether an event froze or re-approved the plan (its payload carries the baseline). */
export function isBaselineEvent(event: AuditEvent, payload: Record<string, unknown> | null): boolean {
  return event.action === 'rebaseline' || (event.action === 'move' && payload?.freeze === true);
}

/**
 * The plan frozen by the latest freeze or `rebaseline` event per initiative, aligned with
 * `register.periods`. A later step back below the freeze level lifts the freeze (the plan
 * may be reworked until the next decision), so such initiatives have no baseline.
 */
export function latestBaselines(register: Register): Map<string, Float64Array> {
  const freezeLevel = register.settings.ladder.freezeLevel;
  const baselines = new Map<string, Float64Array>();
  for (const event of register.audit) {
    if (event.initiative === '') continue;
    const payload = parsePayload(event.payload);
    if (isBaselineEvent(event, payload)) {
      baselines.set(event.initiative, seriesFromRecord(payload?.plan, register.periods));
    } else if (
      event.action === 'move' &&
      typeof payload?.toLevel === 'number' &&
      payload.toLevel < freezeLevel
    ) {
      baselines.delete(event.initiative);
    }
  }
  return baselines;
}

export interface SealedSignOff {
  /** 0-based index in `register.audit`. */
  index: number;
  event: AuditEvent;
  payload: Record<string, unknown>;
}

/** The latest sign-off event per initiative. */
export function latestSignOffs(audit: readonly AuditEvent[]): Map<string, SealedSignOff> {
  const latest = new Map<string, SealedSignOff>();
  audit.forEach((event, index) => {
    if (event.action !== 'sign-off' || event.initiative === '') return;
    latest.set(event.initiative, { index, event, payload: parsePayload(event.payload) ?? {} });
  });
  return latest;
}

/** Column names as `PG Register` and the series sheets show them. */
export const SEALED_FIELDS = {
  target: 'Target',
  plan: 'Plan',
  actual: 'Actual',
  confirmedValue: 'Confirmed value',
  evidence: 'Evidence',
  confirmedBy: 'Confirmed by',
  confirmedAt: 'Confirmed at',
  owner: 'Owner',
  controller: 'Controller',
  state: 'State',
} as const;

export interface SealComparison {
  /** Changed fields, by column name. */
  fields: string[];
  /** Human-readable details per field ("Plan in 2027-02, 2027-03"). */
  details: string[];
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function shown(value: number | null): string {
  return value === null ? 'blank' : String(value);
}

/** One sealed value that differs: its field, and the period for a series value. */
export interface SealDifference {
  field: (typeof SEALED_FIELDS)[keyof typeof SEALED_FIELDS];
  period?: string;
}

/** Compares an initiative with its sign-off seal. */
export function compareWithSeal(
  initiative: Initiative,
  seal: SealedSignOff,
  periods: Register['periods'],
): SealComparison & { differences: SealDifference[] } {
  const p = seal.payload;
  const fields: string[] = [];
  const details: string[] = [];
  const differences: SealDifference[] = [];
  const sealedTarget = num(p.target);
  if (!sameAmount(sealedTarget, initiative.target)) {
    fields.push(SEALED_FIELDS.target);
    details.push(`Target ${shown(sealedTarget)} → ${shown(initiative.target)}`);
    differences.push({ field: SEALED_FIELDS.target });
  }
  for (const key of ['plan', 'actual'] as const) {
    const changed = changedPeriods(p[key], initiative[key], periods);
    if (changed.length > 0) {
      fields.push(SEALED_FIELDS[key]);
      details.push(`${SEALED_FIELDS[key]} in ${changed.join(', ')}`);
      for (const period of changed) differences.push({ field: SEALED_FIELDS[key], period });
    }
  }
  const sealedValue = num(p.confirmedValue);
  if (!sameAmount(sealedValue, initiative.confirmedValue)) {
    fields.push(SEALED_FIELDS.confirmedValue);
    details.push(`Confirmed value ${shown(sealedValue)} → ${shown(initiative.confirmedValue)}`);
    differences.push({ field: SEALED_FIELDS.confirmedValue });
  }
  if (text(p.evidence) !== initiative.evidence.trim()) {
    fields.push(SEALED_FIELDS.evidence);
    details.push('Evidence');
    differences.push({ field: SEALED_FIELDS.evidence });
  }
  if (text(p.confirmedBy) !== initiative.confirmedBy.trim()) {
    fields.push(SEALED_FIELDS.confirmedBy);
    details.push(`Confirmed by "${text(p.confirmedBy)}" → "${initiative.confirmedBy.trim()}"`);
    differences.push({ field: SEALED_FIELDS.confirmedBy });
  }
  const signedOn = seal.event.time.slice(0, 10);
  if ((initiative.confirmedAt ?? '') !== signedOn) {
    fields.push(SEALED_FIELDS.confirmedAt);
    details.push(`Confirmed at ${signedOn} → ${initiative.confirmedAt ?? 'blank'}`);
    differences.push({ field: SEALED_FIELDS.confirmedAt });
  }
  // Sealed since sign-offs record who owned and controlled the initiative; older seals lack them.
  for (const key of ['owner', 'controller'] as const) {
    if (typeof p[key] !== 'string' || text(p[key]) === initiative[key].trim()) continue;
    fields.push(SEALED_FIELDS[key]);
    details.push(`${SEALED_FIELDS[key]} "${text(p[key])}" → "${initiative[key].trim()}"`);
    differences.push({ field: SEALED_FIELDS[key] });
  }
  return { fields, details, differences };
}

/**
 * Closed initiatives whose values differ from their latest sign-off seal, with the changed
 * fields. A closed initiative without any sign-off in PG Audit is listed with `State`: it
 * was closed by hand, so nothing vouches for its value.
 */
export function signOffChanges(register: Register): Map<string, string[]> {
  const seals = latestSignOffs(register.audit);
  const recorded = recordedLevels(register);
  const changes = new Map<string, string[]>();
  for (const initiative of register.initiatives) {
    // Closed in PG Register, or closed by PG Audit and typed back to another State by hand.
    if (initiative.state !== 'closed' && recorded.get(initiative.id)?.state !== 'closed') continue;
    const seal = seals.get(initiative.id);
    if (!seal) {
      changes.set(initiative.id, [SEALED_FIELDS.state]);
      continue;
    }
    const { fields } = compareWithSeal(initiative, seal, register.periods);
    if (fields.length > 0) changes.set(initiative.id, fields);
  }
  return changes;
}
