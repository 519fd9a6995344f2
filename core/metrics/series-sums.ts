import type { Initiative } from '../model/initiative.js';

/**
 * Per-initiative sums of the three series, structure-of-arrays so the whole register is summed
 * in one tight pass with no allocation per initiative or period. NaN marks a blank cell.
 */
export interface SeriesSums {
  planTotal: Float64Array;
  planToDate: Float64Array;
  actualToDate: Float64Array;
  estimateAtCompletion: Float64Array;
  /** Σ plan(p), p ≤ as-of, of periods with neither actual nor forecast, counted into the estimate. */
  assumedOnPlan: Float64Array;
  /** Periods ≤ as-of with a non-zero plan but a blank actual (for `missing actuals`). */
  missingActualCount: Int32Array;
  /** Index of the first such period, −1 when none. */
  firstMissingActual: Int32Array;
}

/** Portfolio per-period sums (plan, actual with blank as 0, estimate), over included initiatives. */
export interface PeriodSums {
  plan: Float64Array;
  actual: Float64Array;
  estimate: Float64Array;
}

export function allocateSeriesSums(count: number): SeriesSums {
  return {
    planTotal: new Float64Array(count),
    planToDate: new Float64Array(count),
    actualToDate: new Float64Array(count),
    estimateAtCompletion: new Float64Array(count),
    assumedOnPlan: new Float64Array(count),
    missingActualCount: new Int32Array(count),
    firstMissingActual: new Int32Array(count),
  };
}

export function allocatePeriodSums(periodCount: number): PeriodSums {
  return {
    plan: new Float64Array(periodCount),
    actual: new Float64Array(periodCount),
    estimate: new Float64Array(periodCount),
  };
}

/**
 * Sum initiative `i` into `out[i]`; when `periodSums` is given, also add its periods to them.
 * `asOfIndex` is the last period counted "to date" (−1: none). A period to date with neither
 * actual nor forecast counts its plan (`pastAsPlan`, the default; summed as "assumed on plan") or 0.
 */
export function sumSeries(
  initiative: Initiative,
  periodCount: number,
  asOfIndex: number,
  out: SeriesSums,
  i: number,
  periodSums: PeriodSums | null,
  pastAsPlan = true,
): void {
  const plan = padded(initiative.plan, periodCount);
  const forecast = padded(initiative.forecast, periodCount);
  const actual = padded(initiative.actual, periodCount);
  const n = periodCount;
  const toDate = Math.min(asOfIndex + 1, n);
  let planTotal = 0;
  let actualToDate = 0;
  let estimate = 0;
  let assumed = 0;
  let missing = 0;
  let firstMissing = -1;
  // Cancelled initiatives add their periods to a scratch buffer: cheaper than a test per period.
  const sink = periodSums ?? scratch(periodCount);
  const sinkPlan = sink.plan;
  const sinkActual = sink.actual;
  const sinkEstimate = sink.estimate;

  for (let p = 0; p < toDate; p++) {
    const pl = plan[p];
    const ac = actual[p];
    const fc = forecast[p];
    let e = 0;
    if (ac === ac) e = ac;
    else if (fc === fc) e = fc;
    else if (pastAsPlan && pl === pl) {
      e = pl;
      assumed += pl;
    }
    if (pl === pl) planTotal += pl;
    if (ac === ac) actualToDate += ac;
    else if (pl === pl && pl !== 0) {
      if (missing === 0) firstMissing = p;
      missing++;
    }
    estimate += e;
    if (pl === pl) sinkPlan[p] += pl;
    if (ac === ac) sinkActual[p] += ac;
    sinkEstimate[p] += e;
  }
  const planToDate = planTotal;
  for (let p = toDate; p < n; p++) {
    const pl = plan[p];
    const ac = actual[p];
    const fc = forecast[p];
    const e = ac === ac ? ac : fc === fc ? fc : pl === pl ? pl : 0;
    if (pl === pl) planTotal += pl;
    estimate += e;
    if (pl === pl) sinkPlan[p] += pl;
    if (ac === ac) sinkActual[p] += ac;
    sinkEstimate[p] += e;
  }
  out.planTotal[i] = planTotal;
  out.planToDate[i] = planToDate;
  out.actualToDate[i] = actualToDate;
  out.estimateAtCompletion[i] = estimate;
  out.assumedOnPlan[i] = assumed;
  out.missingActualCount[i] = missing;
  out.firstMissingActual[i] = firstMissing;
}

/** A series shorter than the register is read as blank beyond its end (copied only in that rare case). */
function padded(values: Float64Array, periodCount: number): Float64Array {
  if (values.length >= periodCount) return values;
  const out = new Float64Array(periodCount).fill(Number.NaN);
  out.set(values);
  return out;
}

let scratchSums: PeriodSums | null = null;

function scratch(periodCount: number): PeriodSums {
  if (scratchSums === null || scratchSums.plan.length < periodCount)
    scratchSums = allocatePeriodSums(periodCount);
  return scratchSums;
}
