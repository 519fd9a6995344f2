/**
 * The JSDoc Google Sheets reads from each custom function's top-level declaration in Code.js
 * (`@customfunction` makes it appear in formula autocomplete). The build puts these comments
 * on the generated declarations.
 */
export const CUSTOM_FUNCTION_DOCS: Record<string, string> = {
  PLANGATE_EAC: `/**
 * Estimate at completion: per period the actual if present, else the forecast, else the plan, summed.
 * @param {number[][]} plan The plan row, one cell per period.
 * @param {number[][]} forecast The forecast row over the same periods (blank cells allowed).
 * @param {number[][]} actual The actual row over the same periods (blank cells allowed).
 * @return {number} The estimate at completion.
 * @customfunction
 */`,
  PLANGATE_WEIGHTEDVALUE: `/**
 * Weighted value: estimate at completion times the weight of the DoI level; a closed initiative counts its confirmed value.
 * @param {number} eac The estimate at completion.
 * @param {number} doi The DoI level (0, 1, 2…).
 * @param {string} preset Ladder preset: standard (default), l0-l5 or doi0-6.
 * @param {string} state active (default), on hold, cancelled or closed.
 * @param {number} confirmedValue The confirmed value of a closed initiative.
 * @return {number} The weighted value.
 * @customfunction
 */`,
  PLANGATE_REALIZATION: `/**
 * Realization: actual to date divided by plan to date.
 * @param {number} actualToDate The actual to date.
 * @param {number} planToDate The plan to date.
 * @return {number} The realization (1 = 100 %).
 * @customfunction
 */`,
  PLANGATE_VALUESTATUS: `/**
 * Value status: red, amber, green or n/a, as PlanGate computes it.
 * @param {number} planTotal The plan total.
 * @param {number} eac The estimate at completion.
 * @param {number} realization The realization (blank when there is no plan to date).
 * @param {number} redBelow Red when EAC is below this share of the plan total (default 0.9).
 * @param {number} amberBelow Amber when realization is below this (default 0.9).
 * @return {string} red, amber, green or n/a.
 * @customfunction
 */`,
};
