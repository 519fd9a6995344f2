/** Registers for ladder and seal tests, built from `blankInitiative` with readable overrides. */
import { blankInitiative, type Initiative } from '../../../core/model/initiative.js';
import type { LadderPreset } from '../../../core/model/ladder.js';
import type { Register } from '../../../core/model/register.js';
import type { Settings } from '../../../core/model/settings.js';
import { presetLadder } from '../../../core/ladder/presets.js';
import { standardSettings } from '../../support/standard-settings.js';
import type { IdentityDto } from '../../../core/contract/governance-service.js';
import type { UnsealedEvent } from '../../../core/model/audit.js';

export const PERIODS = ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06'];

/** The plan every `initiative` has unless told otherwise, by period, as a seal's payload records it. */
export const PLAN_BY_PERIOD: Readonly<Record<string, number>> = {
  '2027-01': 10_000,
  '2027-02': 20_000,
  '2027-03': 30_000,
  '2027-04': 20_000,
  '2027-05': 20_000,
  '2027-06': 20_000,
};

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
    plan: series(plan ?? PERIODS.map((p) => PLAN_BY_PERIOD[p]), PERIODS.length),
    forecast: series(forecast, PERIODS.length),
    actual: series(actual, PERIODS.length),
  };
}

/** An initiative Carla Controller signed off at 5 Closed (118,000 confirmed on 2027-07-01). */
export function closedInitiative(id: string, overrides: InitiativeOverrides = {}): Initiative {
  return initiative(id, {
    doi: 5,
    state: 'closed',
    confirmedValue: 118_000,
    confirmedBy: 'Carla Controller',
    confirmedAt: '2027-07-01',
    evidence: 'CRM report Q2',
    actual: [9_000],
    ...overrides,
  });
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

/**
 * The audit event of Olga Owner moving A up from 0 Defined to 1 Identified, exactly as the ladder
 * records it (payload in canonical key order); `overrides` change any field.
 */
export function moveEvent(overrides: Partial<UnsealedEvent> = {}): UnsealedEvent {
  return {
    time: '2027-03-01T10:00:00.000Z',
    actor: 'Olga Owner',
    identity: 'declared',
    action: 'move',
    initiative: 'A',
    from: '0 Defined',
    to: '1 Identified',
    payload: '{"fromLevel":0,"kind":"up","toLevel":1}',
    ...overrides,
  };
}
