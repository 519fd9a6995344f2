/** Small registers for metrics tests, built from `blankInitiative` with readable overrides. */
import { defaultSettings } from '../../../core/codec/default-settings.js';
import {
  computeMetrics,
  type MetricsContext,
  type RegisterMetrics,
} from '../../../core/metrics/compute-metrics.js';
import type { InitiativeMetrics } from '../../../core/model/metrics.js';
import { blankInitiative, type Initiative } from '../../../core/model/initiative.js';
import type { Register } from '../../../core/model/register.js';
import type { Settings } from '../../../core/model/settings.js';

/** Twelve months of 2027; the default as-of date 2027-06-15 makes January–June "to date". */
export const PERIODS = Array.from({ length: 12 }, (_, m) => `2027-${String(m + 1).padStart(2, '0')}`);

/** Standard ladder (0 Defined … 5 Closed, weights 0, 0.1, 0.25, 0.5, 0.8, 1; freeze 3, sign-off 5). */
export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings('2027-06-15'), target: 1_000_000, ...overrides };
}

export type Series = (number | null)[];
export type InitiativeSpec = Partial<Omit<Initiative, 'plan' | 'forecast' | 'actual'>> & {
  plan?: Series;
  forecast?: Series;
  actual?: Series;
};

/** A series of the register's length; null (or a missing entry) is a blank cell. */
export function series(values: Series | undefined, length = PERIODS.length): Float64Array {
  const out = new Float64Array(length).fill(Number.NaN);
  values?.forEach((v, i) => {
    if (i < length) out[i] = v ?? Number.NaN;
  });
  return out;
}

/** An active initiative, reviewed on the as-of date, with the given fields and series. */
export function initiative(id: string, spec: InitiativeSpec = {}, periodCount = PERIODS.length): Initiative {
  const { plan, forecast, actual, ...fields } = spec;
  return {
    ...blankInitiative(id, periodCount),
    name: `Initiative ${id}`,
    lastReview: '2027-06-15',
    ...fields,
    plan: series(plan, periodCount),
    forecast: series(forecast, periodCount),
    actual: series(actual, periodCount),
  };
}

export function register(
  initiatives: Initiative[],
  overrides: Partial<Settings> = {},
  periods: string[] = PERIODS,
): Register {
  return {
    periods,
    initiatives,
    settings: settings(overrides),
    audit: [],
    snapshots: [],
    extraColumns: [],
    seriesExtras: {},
  };
}

export function context(overrides: Partial<MetricsContext> = {}): MetricsContext {
  return { baselines: new Map(), signOffChanges: new Map(), groupBy: null, ...overrides };
}

/** 100 a month for twelve months: plan total 1,200, plan to date (Jan–Jun) 600. */
export const FLAT_PLAN: Series = Array.from({ length: 12 }, () => 100);

export function metricsOf(reg: Register, ctx: MetricsContext = context()): RegisterMetrics {
  return computeMetrics(reg, ctx);
}

/** Metrics of a single initiative in a register of its own. */
export function only(
  spec: InitiativeSpec,
  overrides: Partial<Settings> = {},
  ctx?: MetricsContext,
): InitiativeMetrics {
  return metricsOf(register([initiative('A', spec)], overrides), ctx).initiatives[0];
}

export function flagCodes(m: InitiativeMetrics): string[] {
  return m.flags.map((f) => f.code);
}

export function flagOf(
  m: InitiativeMetrics,
  code: string,
): { reason: string; suggestion?: string } | undefined {
  return m.flags.find((f) => f.code === code);
}
