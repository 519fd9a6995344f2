import { presetLadder } from '../ladder/presets.js';
import type { Settings } from '../model/settings.js';

/** Settings of a workbook without `PG Settings`: the Standard ladder and PRODUCT.md's defaults. */
export function defaultSettings(today: string): Settings {
  return {
    ladder: presetLadder('standard'),
    asOf: today,
    currency: 'EUR',
    fiscalYearStart: 1,
    target: null,
    granularity: 'month',
    redBelow: 0.9,
    amberBelow: 0.9,
    defaultReviewDays: 30,
    pastWithoutActuals: 'plan',
    pmo: [],
    controllers: [],
    importMapping: null,
    extra: {},
  };
}
