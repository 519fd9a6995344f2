import type { ValueStatus } from '../model/metrics.js';

/**
 * PRODUCT.md "value status": n/a without a positive plan; red when the estimate at completion
 * falls below `redBelow` × plan total (the full effect will be missed); amber when realization
 * to date is below `amberBelow` (the run-up is late); green otherwise. A null realization
 * (nothing planned to date) cannot be late.
 */
export function valueStatusOf(
  planTotal: number,
  estimateAtCompletion: number,
  realization: number | null,
  redBelow: number,
  amberBelow: number,
): ValueStatus {
  if (!(planTotal > 0)) return 'n/a';
  if (estimateAtCompletion < redBelow * planTotal) return 'red';
  if (realization !== null && realization < amberBelow) return 'amber';
  return 'green';
}

/** Realization: actual to date ÷ plan to date; null when plan to date is 0. */
export function realizationOf(actualToDate: number, planToDate: number): number | null {
  return planToDate === 0 ? null : actualToDate / planToDate;
}
