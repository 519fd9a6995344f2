import { isLadderPreset, presetLadder } from '../ladder/presets.js';
import { ladderLookup, weightOf } from '../metrics/ladder-lookup.js';
import { allocateSeriesSums, sumSeries } from '../metrics/series-sums.js';
import { realizationOf, valueStatusOf } from '../metrics/value-status.js';
import { blankInitiative, STATES, type State } from '../model/initiative.js';
import { FunctionInputError } from './function-input-error.js';
import { cellNumber, requiredNumber, seriesOf } from './read-arguments.js';

/**
 * PlanGate's metrics as worksheet functions (Excel's PLANGATE.EAC…, Google Sheets'
 * PLANGATE_EAC…), computed by the same core code as the panes, so a formula and the register
 * agree to the cent. Hosts add only their glue: how they register a function and show an error.
 */

/** Why REALIZATION has no value: Excel shows it with #N/A, Google Sheets with #ERROR!. */
export const NO_REALIZATION = 'No plan to date yet, so no realization.';

/** Estimate at completion: per period the actual if present, else the forecast, else the plan (ranges as rows). */
export function eac(plan: unknown, forecast: unknown, actual: unknown): number {
  const series = [seriesOf(plan, 'plan'), seriesOf(forecast, 'forecast'), seriesOf(actual, 'actual')];
  const length = series[0].length;
  if (series.some((s) => s.length !== length)) {
    throw new FunctionInputError(
      `plan, forecast and actual must cover the same periods (${series.map((s) => s.length).join(', ')} cells given).`,
    );
  }
  const initiative = blankInitiative('', length);
  [initiative.plan, initiative.forecast, initiative.actual] = series as [
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const sums = allocateSeriesSums(1);
  sumSeries(initiative, length, length - 1, sums, 0, null);
  return sums.estimateAtCompletion[0];
}

function stateOf(text: unknown): State {
  const state = typeof text === 'string' && text.trim() !== '' ? text.trim().toLowerCase() : 'active';
  if (!(STATES as readonly string[]).includes(state)) {
    throw new FunctionInputError(`state "${String(text)}" is not one of ${STATES.join(', ')}.`);
  }
  return state as State;
}

/**
 * Weighted value: estimate at completion × the weight of the DoI level on the ladder preset
 * (standard, l0-l5, doi0-6); a closed initiative counts its confirmed value, a cancelled one 0.
 */
export function weightedValue(
  estimate: unknown,
  doi: unknown,
  preset?: unknown,
  state?: unknown,
  confirmedValue?: unknown,
): number {
  const name = typeof preset === 'string' && preset.trim() !== '' ? preset.trim().toLowerCase() : 'standard';
  if (!isLadderPreset(name))
    throw new FunctionInputError(`preset "${String(preset)}" is not standard, l0-l5 or doi0-6.`);
  const level = requiredNumber(doi, 'doi');
  const current = stateOf(state);
  if (current === 'cancelled') return 0;
  if (current === 'closed') {
    const confirmed = cellNumber(confirmedValue, 'confirmedValue');
    return Number.isNaN(confirmed) ? 0 : confirmed;
  }
  return requiredNumber(estimate, 'eac') * weightOf(ladderLookup(presetLadder(name)), level);
}

/** Realization: actual to date ÷ plan to date; no value (#N/A) when plan to date is 0. */
export function realization(actualToDate: unknown, planToDate: unknown): number | null {
  return realizationOf(
    requiredNumber(actualToDate, 'actualToDate'),
    requiredNumber(planToDate, 'planToDate'),
  );
}

/** Value status: red, amber, green or n/a, with the register's thresholds (0.9 unless given). */
export function valueStatus(
  planTotal: unknown,
  estimate: unknown,
  realizationValue: unknown,
  redBelow?: unknown,
  amberBelow?: unknown,
): string {
  const r = cellNumber(realizationValue, 'realization');
  const red = cellNumber(redBelow, 'redBelow');
  const amber = cellNumber(amberBelow, 'amberBelow');
  return valueStatusOf(
    requiredNumber(planTotal, 'planTotal'),
    requiredNumber(estimate, 'eac'),
    Number.isNaN(r) ? null : r,
    Number.isNaN(red) ? 0.9 : red,
    Number.isNaN(amber) ? 0.9 : amber,
  );
}
