import type { Initiative } from '../model/initiative.js';

/**
 * The fields a plan import may set on an existing initiative (below the plan-freeze level).
 * DoI, state, the activity light, review dates, actuals, forecast, sign-off fields and user
 * columns belong to the register and are never taken from a re-import.
 */
export const DESCRIPTIVE_FIELDS = [
  'name',
  'program',
  'workstream',
  'client',
  'owner',
  'sponsor',
  'controller',
  'impactType',
  'kpi',
  'unit',
  'baseline',
  'target',
  'start',
  'due',
  'keys',
] as const satisfies readonly (keyof Initiative)[];
export type DescriptiveField = (typeof DESCRIPTIVE_FIELDS)[number];

export interface FieldChange {
  field: DescriptiveField;
  from: string;
  to: string;
}

function shown(value: Initiative[DescriptiveField]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/**
 * Fields the import would change. A blank cell in the source never erases a register value:
 * people leave columns empty in later plan versions far more often than they mean "delete".
 */
export function descriptiveChanges(current: Initiative, imported: Initiative): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of DESCRIPTIVE_FIELDS) {
    const next = shown(imported[field]).trim();
    if (next === '') continue;
    const prev = shown(current[field]).trim();
    if (prev !== next) changes.push({ field, from: prev, to: next });
  }
  return changes;
}

/** A copy of `current` with the given changes taken from `imported`. */
export function applyDescriptive(
  current: Initiative,
  imported: Initiative,
  changes: FieldChange[],
): Initiative {
  const next: Initiative = { ...current, keys: [...current.keys], extra: { ...current.extra } };
  for (const { field } of changes) {
    const value = imported[field];
    (next as unknown as Record<string, unknown>)[field] = Array.isArray(value) ? [...value] : value;
  }
  return next;
}
