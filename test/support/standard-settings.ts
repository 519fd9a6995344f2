import { presetLadder } from '../../core/ladder/presets.js';
import type { Settings } from '../../core/model/settings.js';

/** Settings with the Standard ladder, as-of 2027-03-31, EUR, monthly; override any field. */
export function standardSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ladder: presetLadder('standard'),
    asOf: '2027-03-31',
    currency: 'EUR',
    fiscalYearStart: 1,
    target: 1_000_000,
    granularity: 'month',
    redBelow: 0.9,
    amberBelow: 0.9,
    defaultReviewDays: 30,
    pmo: ['Pat PMO'],
    controllers: ['Cora Controller'],
    importMapping: null,
    extra: {},
    ...overrides,
  };
}
