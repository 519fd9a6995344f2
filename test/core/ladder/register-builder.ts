/** Registers for ladder and seal tests, built from `blankInitiative` with readable overrides. */
import { blankInitiative, type Initiative } from '../../../core/model/initiative.js';
import type { LadderPreset } from '../../../core/model/ladder.js';
import type { Register } from '../../../core/model/register.js';
import type { Settings } from '../../../core/model/settings.js';
import { presetLadder } from '../../../core/ladder/presets.js';
import { standardSettings } from '../../support/standard-settings.js';
import type { IdentityDto } from '../../../core/service/governance-service.js';

export const PERIODS = ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06'];

export function settings(overrides: Partial<Settings> = {}, preset: LadderPreset = 'standard'): Settings {
  return standardSettings({
    ladder: presetLadder(preset),
    pmo: ['Petra PMO'],
    controllers: ['Carla Controller'],
    ...overrides,
  });
}

type InitiativeOverrides = Partial<Omit<Initiative, 'plan' | 'forecast' | 'actual'>> & {
  plan?: (number | null)[];
  forecast?: (number | null)[];
  actual?: (number | null)[];
};

function series(values: (number | null)[] | undefined, length: number): Float64Array {
  const out = new Float64Array(length).fill(Number.NaN);
  values?.forEach((v, i) => (out[i] = v ?? Number.NaN));
  return out;
}

/** An initiative that meets every data criterion (named people, KPI, target, plan, dates). */
export function initiative(id: string, overrides: InitiativeOverrides = {}): Initiative {
  const { plan, forecast, actual, ...fields } = overrides;
  const base = blankInitiative(id, PERIODS.length);
  return {
    ...base,
    name: `Campaign ${id}`,
    program: 'Growth',
    owner: 'Olga Owner',
    sponsor: 'Sam Sponsor',
    controller: 'Carla Controller',
    impactType: 'revenue',
    kpi: 'Revenue',
    unit: 'EUR',
    target: 120_000,
    start: '2027-01-01',
    due: '2027-06-30',
    ...fields,
    plan: series(plan ?? [10_000, 20_000, 30_000, 20_000, 20_000, 20_000], PERIODS.length),
    forecast: series(forecast, PERIODS.length),
    actual: series(actual, PERIODS.length),
  };
}

export function register(initiatives: Initiative[], overrides: Partial<Register> = {}): Register {
  return {
    periods: [...PERIODS],
    initiatives,
    settings: settings(),
    audit: [],
    snapshots: [],
    extraColumns: [],
    seriesExtras: {},
    ...overrides,
  };
}

export const OWNER: IdentityDto = { name: 'Olga Owner', kind: 'declared' };
export const SPONSOR: IdentityDto = { name: 'Sam Sponsor', kind: 'declared' };
export const CONTROLLER: IdentityDto = { name: 'Carla Controller', kind: 'verified' };
export const PMO: IdentityDto = { name: 'Petra PMO', kind: 'declared' };
export const STRANGER: IdentityDto = { name: 'Xavier Nobody', kind: 'declared' };

/** The refusal reasons of an outcome ([] when it succeeded). */
export function problemsOf(outcome: { ok: true } | { ok: false; problems: string[] }): string[] {
  return outcome.ok ? [] : outcome.problems;
}

/** PG Register rows by ID for a register written from row 2 without gaps (as the decoder reports them). */
export function rowsOf(reg: Register): Map<string, number> {
  return new Map(reg.initiatives.map((i, index) => [i.id, index + 2]));
}
