import { monthPeriods } from '../../bench/data/synthetic-register.js';
import { blankInitiative, type Initiative } from '../../core/model/initiative.js';
import type { Period } from '../../core/model/period.js';
import type { Register } from '../../core/model/register.js';
import type { Settings } from '../../core/model/settings.js';
import { standardSettings } from './standard-settings.js';

/** Months `YYYY-MM` from `first`, `count` of them. */
export const months: (first: Period, count: number) => Period[] = monthPeriods;

type Series = readonly (number | null)[];

export interface InitiativeSpec extends Partial<Omit<Initiative, 'plan' | 'forecast' | 'actual'>> {
  plan?: Series;
  forecast?: Series;
  actual?: Series;
}

function series(values: Series | undefined, length: number): Float64Array {
  const out = new Float64Array(length).fill(Number.NaN);
  values?.forEach((v, i) => {
    if (v !== null && i < length) out[i] = v;
  });
  return out;
}

/**
 * Registers for tests, readable at a glance:
 * `registerBuilder().periods('2027-01', 12).initiative('A', { name: 'Spring campaign', plan: [100, 100] }).build()`.
 * An initiative gets a complete set of people (owner, sponsor, controller) unless the spec says otherwise.
 */
export function registerBuilder(settings: Settings = standardSettings()) {
  let periods: Period[] = months('2027-01', 12);
  const specs: [string, InitiativeSpec][] = [];
  const builder = {
    periods(first: Period, count: number) {
      periods = months(first, count);
      return builder;
    },
    initiative(id: string, spec: InitiativeSpec = {}) {
      specs.push([id, spec]);
      return builder;
    },
    build(): Register {
      const initiatives = specs.map(([id, spec]) => {
        const { plan, forecast, actual, ...fields } = spec;
        const initiative: Initiative = {
          ...blankInitiative(id, periods.length),
          name: `Initiative ${id}`,
          owner: 'Olivia Owner',
          sponsor: 'Sam Sponsor',
          controller: 'Cora Controller',
          ...fields,
        };
        initiative.plan = series(plan, periods.length);
        initiative.forecast = series(forecast, periods.length);
        initiative.actual = series(actual, periods.length);
        return initiative;
      });
      return {
        periods: [...periods],
        initiatives,
        settings,
        audit: [],
        snapshots: [],
        extraColumns: [],
        seriesExtras: {},
      };
    },
  };
  return builder;
}
