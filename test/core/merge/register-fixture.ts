import { blankInitiative, type Initiative } from '../../../core/model/initiative.js';
import type { Register } from '../../../core/model/register.js';
import type { Settings } from '../../../core/model/settings.js';

/** A small register with the Standard ladder written out, so these tests need no other module. */
export function settingsFixture(): Settings {
  const names = ['Defined', 'Identified', 'Detailed', 'Decided', 'Implemented', 'Closed'];
  const weights = [0, 0.1, 0.25, 0.5, 0.8, 1];
  return {
    ladder: {
      preset: 'standard',
      levels: names.map((name, level) => ({
        level,
        name,
        criteria: [],
        movers: ['anyone'],
        weight: weights[level],
      })),
      freezeLevel: 3,
      signOffLevel: 5,
    },
    asOf: '2027-03-31',
    currency: 'EUR',
    fiscalYearStart: 1,
    target: null,
    granularity: 'month',
    redBelow: 0.9,
    amberBelow: 0.9,
    defaultReviewDays: 30,
    pmo: [],
    controllers: [],
    importMapping: null,
    extra: {},
  };
}

export function initiativeFixture(
  id: string,
  name: string,
  plan: (number | null)[],
  patch: Partial<Initiative> = {},
): Initiative {
  const initiative = blankInitiative(id, plan.length);
  initiative.name = name;
  initiative.plan = Float64Array.from(plan, (v) => (v === null ? Number.NaN : v));
  return { ...initiative, ...patch };
}

export function registerFixture(periods: string[], initiatives: Initiative[]): Register {
  return {
    periods,
    initiatives,
    settings: settingsFixture(),
    audit: [],
    snapshots: [],
    extraColumns: [],
    seriesExtras: {},
  };
}
