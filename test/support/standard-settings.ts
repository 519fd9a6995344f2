import { defaultSettings } from '../../core/codec/default-settings.js';
import type { Settings } from '../../core/model/settings.js';

/** Settings with the Standard ladder, as-of 2027-03-31, EUR, monthly; override any field. */
export function standardSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings('2027-03-31'),
    target: 1_000_000,
    pmo: ['Pat PMO'],
    controllers: ['Cora Controller'],
    ...overrides,
  };
}
