import type { Initiative } from '../model/initiative.js';
import type { FlagInput } from './flags/flag-rule.js';
import { FLAG_RULES } from './flags/flag-rules.js';
import { weightOf } from './ladder-lookup.js';
import type { MetricsFrame } from './metrics-frame.js';
import type { SeriesSums } from './series-sums.js';
import type { Flag, InitiativeMetrics } from '../model/metrics.js';
import { closedValueStatusOf, realizationOf, valueStatusOf } from './value-status.js';

export type { MetricsFrame } from './metrics-frame.js';

/** Flags found for the initiative being computed; copied out before the next one. */
const SCRATCH: Flag[] = [];

/**
 * One initiative's metrics from its precomputed sums, then its flags from `FLAG_RULES`. Level and
 * state are the ones on record (`frame.recorded`), never a DoI typed into the register by hand.
 * Which rules apply follows that state: `live` rules concern active or on-hold work, `kept` rules every
 * non-cancelled initiative; a cancelled initiative carries no value at risk, no weighted value
 * and no flags.
 */
export function initiativeMetrics(
  initiative: Initiative,
  sums: SeriesSums,
  i: number,
  frame: MetricsFrame,
): InitiativeMetrics {
  const planTotal = sums.planTotal[i];
  const planToDate = sums.planToDate[i];
  const actualToDate = sums.actualToDate[i];
  const onRecord = frame.recorded === null ? null : frame.recorded.get(initiative.id);
  const recordedDoi = onRecord === null ? initiative.doi : (onRecord?.level ?? 0);
  const state = onRecord === null ? initiative.state : (onRecord?.state ?? 'active');
  const closed = state === 'closed';
  // A closed initiative is over: its estimate is what the controller confirmed, nothing is assumed.
  const eac = closed ? (initiative.confirmedValue ?? 0) : sums.estimateAtCompletion[i];
  const assumedOnPlan = closed ? 0 : sums.assumedOnPlan[i];
  const realization = realizationOf(actualToDate, planToDate);
  const valueStatus = closed
    ? closedValueStatusOf(planTotal, eac, frame.redBelow)
    : valueStatusOf(planTotal, eac, realization, frame.redBelow, frame.amberBelow);
  const live = state === 'active' || state === 'on hold';
  const cancelled = state === 'cancelled';
  const valueAtRisk = live && planTotal > eac ? planTotal - eac : 0;
  const weightedValue = cancelled ? 0 : closed ? eac : eac * weightOf(frame.ladder, recordedDoi);
  const figures: InitiativeMetrics = {
    id: initiative.id,
    planTotal,
    planToDate,
    actualToDate,
    variance: actualToDate - planToDate,
    realization,
    estimateAtCompletion: eac,
    assumedOnPlan,
    valueAtRisk,
    valueStatus,
    weightedValue,
    recordedDoi,
    recordedState: state,
    flags: [],
  };
  if (!cancelled) figures.flags = flagsOf(initiative, figures, i, sums, frame, live);
  return figures;
}

/** Reused for every initiative: a rule reads it and keeps nothing. */
const INPUT: FlagInput = {
  initiative: undefined as unknown as Initiative,
  figures: undefined as unknown as InitiativeMetrics,
  index: 0,
  sums: undefined as unknown as SeriesSums,
  frame: undefined as unknown as MetricsFrame,
  found: SCRATCH,
};

function flagsOf(
  initiative: Initiative,
  figures: InitiativeMetrics,
  index: number,
  sums: SeriesSums,
  frame: MetricsFrame,
  live: boolean,
): Flag[] {
  const found = SCRATCH;
  found.length = 0;
  INPUT.initiative = initiative;
  INPUT.figures = figures;
  INPUT.index = index;
  INPUT.sums = sums;
  INPUT.frame = frame;
  for (let r = 0; r < FLAG_RULES.length; r++) {
    const rule = FLAG_RULES[r];
    if (rule.scope === 'live' && !live) continue;
    const flag = rule.raise(INPUT);
    if (flag !== null) found.push(flag);
  }
  // An exact-size copy: growing a fresh array per initiative costs a spare backing store each.
  return found.length === 0 ? [] : found.slice();
}
