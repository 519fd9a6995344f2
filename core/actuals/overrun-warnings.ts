import type { ActualsWarningDto } from '../contract/governance-service.js';
import { formatAmount } from '../metrics/format.js';
import type { Initiative } from '../model/initiative.js';
import type { Register } from '../model/register.js';

/** An import that takes an estimate at completion past this multiple of its plan total is warned about. */
export const OVERRUN_MULTIPLE = 1.5;

/** Estimate at completion: per period the actual, else the forecast, else the plan. */
function estimateAtCompletion(initiative: Initiative): number {
  let estimate = 0;
  for (let p = 0; p < initiative.plan.length; p++) {
    const actual = initiative.actual[p];
    const forecast = initiative.forecast[p];
    const plan = initiative.plan[p];
    const value = Number.isFinite(actual) ? actual : Number.isFinite(forecast) ? forecast : plan;
    if (Number.isFinite(value)) estimate += value;
  }
  return estimate;
}

function planTotal(initiative: Initiative): number {
  return initiative.plan.reduce((sum, v) => (Number.isFinite(v) ? sum + v : sum), 0);
}

/**
 * Initiatives whose estimate at completion the import takes above `OVERRUN_MULTIPLE` × plan
 * total: a warning each, before the register is written (the import still runs). A total
 * booked in one period, or the wrong column as amount, usually shows up here first.
 */
export function overrunWarnings(
  before: Register,
  after: Register,
  updated: readonly string[],
): ActualsWarningDto[] {
  const old = new Map(before.initiatives.map((i) => [i.id, i]));
  const currency = after.settings.currency;
  return after.initiatives
    .filter((i) => updated.includes(i.id))
    .flatMap((initiative) => {
      const plan = planTotal(initiative);
      const estimate = estimateAtCompletion(initiative);
      const previous = old.get(initiative.id);
      const was = previous ? estimateAtCompletion(previous) : 0;
      if (plan <= 0 || estimate <= OVERRUN_MULTIPLE * plan || estimate <= was) return [];
      const ratio = Math.round((estimate / plan) * 10) / 10;
      return [
        {
          sheet: null,
          cell: null,
          message:
            `These actuals take the estimate at completion of ${initiative.id} "${initiative.name}" to ${formatAmount(estimate)} ${currency}, ` +
            `${ratio} × its plan total of ${formatAmount(plan)} ${currency} (more than ${OVERRUN_MULTIPLE} ×). The actuals are booked anyway: ` +
            'check that no year or "All time" total went into one period (spread such totals over the plan with --spread plan) and that the amount column is right.',
        },
      ];
    });
}
