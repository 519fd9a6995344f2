import { defaultSettings } from '../../../core/codec/default-settings.js';
import { blankInitiative, type Initiative } from '../../../core/model/initiative.js';
import type { Register } from '../../../core/model/register.js';
import type { Settings } from '../../../core/model/settings.js';

/** A workbook's default settings (Standard ladder, freeze at Decided) as of the end of March 2027. */
export function settingsFixture(): Settings {
  return defaultSettings('2027-03-31');
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
