/** target − weighted pipeline; null without a target. */
export function gapToTarget(target: number | null, weightedPipeline: number): number | null {
  return target === null ? null : target - weightedPipeline;
}

/** Plan total at or past the plan-freeze level ÷ target; null without a positive target (nothing to cover). */
export function coverageOf(frozenPlan: number, target: number | null): number | null {
  return target !== null && target > 0 ? frozenPlan / target : null;
}
