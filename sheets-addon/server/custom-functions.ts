import {
  eac,
  realization,
  valueStatus,
  weightedValue,
} from '../../excel-addin/functions/plangate-functions.js';

/**
 * PlanGate's worksheet functions for Google Sheets: the same functions, on the same core code,
 * as Excel's PLANGATE.EAC… Sheets function names cannot contain a dot, so here they are
 * PLANGATE_EAC, PLANGATE_WEIGHTEDVALUE, PLANGATE_REALIZATION and PLANGATE_VALUESTATUS.
 * Sheets has no way for a script to return #N/A or #VALUE!: bad input shows #ERROR! with
 * the same message Excel shows on hover.
 */

/** A range argument as Sheets passes it: a 2-D array, or the bare value of a single cell. */
function matrix(value: unknown): unknown[][] {
  if (Array.isArray(value)) {
    return (value as unknown[]).map((row): unknown[] => (Array.isArray(row) ? (row as unknown[]) : [row]));
  }
  return [[value]];
}

export function PLANGATE_EAC(plan: unknown, forecast: unknown, actual: unknown): number {
  return eac(matrix(plan), matrix(forecast), matrix(actual));
}

export function PLANGATE_WEIGHTEDVALUE(
  estimate: unknown,
  doi: unknown,
  preset?: unknown,
  state?: unknown,
  confirmedValue?: unknown,
): number {
  return weightedValue(estimate, doi, preset, state, confirmedValue);
}

export function PLANGATE_REALIZATION(actualToDate: unknown, planToDate: unknown): number {
  const result = realization(actualToDate, planToDate);
  if (result === null) throw new Error('No plan to date yet, so no realization.');
  return result;
}

export function PLANGATE_VALUESTATUS(
  planTotal: unknown,
  estimate: unknown,
  realizationValue: unknown,
  redBelow?: unknown,
  amberBelow?: unknown,
): string {
  return valueStatus(planTotal, estimate, realizationValue, redBelow, amberBelow);
}
