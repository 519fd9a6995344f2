import type { CellValue } from './cell.js';

export const IMPACT_TYPES = ['revenue', 'margin', 'cost', 'cash', 'other'] as const;
export type ImpactType = (typeof IMPACT_TYPES)[number];

export const STATES = ['active', 'on hold', 'cancelled', 'closed'] as const;
export type State = (typeof STATES)[number];

export const LIGHTS = ['green', 'amber', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

/**
 * One row of `PG Register` with its three period series.
 *
 * Dates are ISO `YYYY-MM-DD` strings or null. Money is in the reporting currency; a
 * saving is a positive benefit. Series are aligned with `Register.periods`; `NaN` marks a
 * blank cell ("no value"), which is not the same as 0.
 */
export interface Initiative {
  id: string;
  name: string;
  program: string;
  workstream: string;
  client: string;
  owner: string;
  sponsor: string;
  controller: string;
  impactType: ImpactType | null;
  kpi: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  doi: number;
  state: State;
  implementationStatus: Light | null;
  start: string | null;
  due: string | null;
  nextGateDue: string | null;
  lastReview: string | null;
  reviewEveryDays: number | null;
  keys: string[];
  confirmedValue: number | null;
  confirmedBy: string;
  confirmedAt: string | null;
  evidence: string;
  plan: Float64Array;
  forecast: Float64Array;
  actual: Float64Array;
  /** User-added `PG Register` columns, by header, kept verbatim and written back in place. */
  extra: Record<string, CellValue>;
}

/** The fields of `Initiative` that hold exactly `T`: derived from the interface, so each field is spelled once. */
type FieldsHolding<T> = {
  [K in keyof Initiative]-?: [Initiative[K]] extends [T] ? ([T] extends [Initiative[K]] ? K : never) : never;
}[keyof Initiative];

/** Fields holding text ('' when blank). */
export type TextField = FieldsHolding<string>;
/** Fields holding a number, or null when blank. */
export type NumberField = FieldsHolding<number | null>;
/** Fields holding an ISO date, or null when blank. */
export type DateField = FieldsHolding<string | null>;
/** Fields only a controller's sign-off sets. */
export type SignOffField = 'confirmedValue' | 'confirmedBy' | 'confirmedAt' | 'evidence';
/** The period series, aligned with `Register.periods`. */
export type SeriesField = 'plan' | 'forecast' | 'actual';

/** A blank initiative with series of the given length (all blank). */
export function blankInitiative(id: string, periodCount: number): Initiative {
  const blankSeries = (): Float64Array => new Float64Array(periodCount).fill(Number.NaN);
  return {
    id,
    name: '',
    program: '',
    workstream: '',
    client: '',
    owner: '',
    sponsor: '',
    controller: '',
    impactType: null,
    kpi: '',
    unit: '',
    baseline: null,
    target: null,
    doi: 0,
    state: 'active',
    implementationStatus: null,
    start: null,
    due: null,
    nextGateDue: null,
    lastReview: null,
    reviewEveryDays: null,
    keys: [],
    confirmedValue: null,
    confirmedBy: '',
    confirmedAt: null,
    evidence: '',
    plan: blankSeries(),
    forecast: blankSeries(),
    actual: blankSeries(),
    extra: {},
  };
}
