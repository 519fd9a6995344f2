import type { Initiative } from '../model/initiative.js';
import type { Period } from '../model/period.js';
import type { AsOf } from './as-of.js';
import { baselineDriftFlag } from './flags/baseline-drift.js';
import { decisionRequiredFlag } from './flags/decision-required.js';
import { gateOverdueFlag } from './flags/gate-overdue.js';
import { missingActualsFlag } from './flags/missing-actuals.js';
import { modifiedAfterSignOffFlag } from './flags/modified-after-sign-off.js';
import { reviewOverdueFlag } from './flags/review-overdue.js';
import { watermelonFlag } from './flags/watermelon.js';
import { weightOf, type LadderLookup } from './ladder-lookup.js';
import type { SeriesSums } from './series-sums.js';
import type { Flag, InitiativeMetrics } from '../model/metrics.js';
import { realizationOf, valueStatusOf } from './value-status.js';

/** Flags found for the initiative being computed; copied out before the next one. */
const SCRATCH: Flag[] = [];

/** Everything about the register that is the same for every initiative, looked up once. */
export interface MetricsFrame {
  periods: readonly Period[];
  asOf: AsOf;
  ladder: LadderLookup;
  redBelow: number;
  amberBelow: number;
  defaultReviewDays: number;
  baselines: Map<string, Float64Array>;
  signOffChanges: Map<string, string[]>;
}

/**
 * One initiative's metrics and flags from its precomputed sums. Which flags can apply follows
 * the state: review, gate, watermelon and decision prompts concern live (active or on-hold)
 * work; data checks (missing actuals, drift, overlap) every non-cancelled initiative; a
 * cancelled initiative carries no value at risk, no weighted value and no flags.
 */
export function initiativeMetrics(
  initiative: Initiative,
  sums: SeriesSums,
  i: number,
  frame: MetricsFrame,
  overlap: Flag | undefined,
): InitiativeMetrics {
  const planTotal = sums.planTotal[i];
  const planToDate = sums.planToDate[i];
  const actualToDate = sums.actualToDate[i];
  const eac = sums.estimateAtCompletion[i];
  const realization = realizationOf(actualToDate, planToDate);
  const valueStatus = valueStatusOf(planTotal, eac, realization, frame.redBelow, frame.amberBelow);
  const state = initiative.state;
  const live = state === 'active' || state === 'on hold';
  const cancelled = state === 'cancelled';
  const valueAtRisk = live && planTotal > eac ? planTotal - eac : 0;
  const weightedValue = cancelled
    ? 0
    : state === 'closed'
      ? (initiative.confirmedValue ?? 0)
      : eac * weightOf(frame.ladder, initiative.doi);

  const found = SCRATCH;
  found.length = 0;
  if (!cancelled) {
    const review = live ? reviewOverdueFlag(initiative, frame.asOf, frame.defaultReviewDays) : null;
    const gate = live ? gateOverdueFlag(initiative, frame.asOf, frame.ladder) : null;
    push(found, live ? watermelonFlag(initiative, valueStatus, planTotal, eac, frame.redBelow) : null);
    push(found, review);
    push(found, gate);
    push(
      found,
      missingActualsFlag(
        initiative,
        sums.missingActualCount[i],
        sums.firstMissingActual[i],
        frame.periods,
        frame.asOf.period,
        frame.ladder,
      ),
    );
    if (frame.baselines.size > 0) {
      push(found, baselineDriftFlag(initiative, frame.baselines.get(initiative.id), frame.periods));
    }
    push(found, overlap ?? null);
    if (frame.signOffChanges.size > 0) {
      push(found, modifiedAfterSignOffFlag(frame.signOffChanges.get(initiative.id)));
    }
    push(found, live ? decisionRequiredFlag(valueStatus, planTotal, eac, review, gate) : null);
  }

  // An exact-size copy: growing a fresh array per initiative costs a spare backing store each.
  const flags: Flag[] = found.length === 0 ? [] : found.slice();
  return {
    id: initiative.id,
    planTotal,
    planToDate,
    actualToDate,
    variance: actualToDate - planToDate,
    realization,
    estimateAtCompletion: eac,
    valueAtRisk,
    valueStatus,
    weightedValue,
    flags,
  };
}

function push(found: Flag[], flag: Flag | null): void {
  if (flag !== null) found.push(flag);
}
