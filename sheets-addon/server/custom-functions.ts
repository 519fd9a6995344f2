import * as core from '../../core/index.js';

/**
 * PlanGate's worksheet functions for Google Sheets: the core's functions, as Excel's PLANGATE.EAC…
 * are. Sheets function names cannot contain a dot, so here they are PLANGATE_EAC,
 * PLANGATE_WEIGHTEDVALUE, PLANGATE_REALIZATION and PLANGATE_VALUESTATUS. Sheets has no way for
 * a script to return #N/A or #VALUE!: bad input shows #ERROR! with the message Excel shows on hover.
 */

export const PLANGATE_EAC = core.eac;
export const PLANGATE_WEIGHTEDVALUE = core.weightedValue;
export const PLANGATE_VALUESTATUS = core.valueStatus;

/** Realization without plan to date: Sheets shows the reason as #ERROR! (Excel shows #N/A). */
export function PLANGATE_REALIZATION(actualToDate: unknown, planToDate: unknown): number {
  const result = core.realization(actualToDate, planToDate);
  if (result === null) throw new Error(core.NO_REALIZATION);
  return result;
}
