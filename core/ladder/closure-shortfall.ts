/**
 * A closure that falls short (PRODUCT.md "Seal"): the confirmed value is below the red threshold
 * of plan total, or the sign-off comes before the last period with plan. Such a closure needs
 * the controller's explicit acknowledgement, which the seal records.
 */
import type { Initiative } from '../model/initiative.js';
import { granularityOf, periodOfDate } from '../model/period.js';
import type { Register } from '../model/register.js';
import { formatAmount } from './where.js';

export interface ClosureShortfall {
  planTotal: number;
  confirmedValue: number;
  /** Each reason in words, e.g. "confirmed value 108,900 is 27% of plan total 398,100 (red below 90%)". */
  reasons: string[];
  /** The last period with plan, when the sign-off comes before it. */
  lastPlannedPeriod: string | null;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

export function closureShortfall(
  register: Register,
  initiative: Initiative,
  confirmedValue: number,
  today: string,
): ClosureShortfall | null {
  const { periods, settings } = register;
  let planTotal = 0;
  let last = -1;
  const plan = initiative.plan;
  for (let p = 0; p < Math.min(plan.length, periods.length); p++) {
    const v = plan[p];
    if (v === v) {
      planTotal += v;
      if (v !== 0) last = p;
    }
  }
  const reasons: string[] = [];
  if (planTotal > 0 && confirmedValue < settings.redBelow * planTotal) {
    reasons.push(
      `the confirmed value ${formatAmount(confirmedValue)} is ${percent(confirmedValue / planTotal)} of plan total ` +
        `${formatAmount(planTotal)} (red below ${percent(settings.redBelow)})`,
    );
  }
  let lastPlannedPeriod: string | null = null;
  if (last >= 0) {
    const granularity = granularityOf(periods[last]);
    const now = periodOfDate(today, granularity);
    if (now < periods[last]) {
      lastPlannedPeriod = periods[last];
      reasons.push(`it closes in ${now}, before its last planned period ${periods[last]}`);
    }
  }
  return reasons.length === 0 ? null : { planTotal, confirmedValue, reasons, lastPlannedPeriod };
}
