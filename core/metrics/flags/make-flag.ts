import type { Flag, FlagCode, Suggestion } from '../../model/metrics.js';

/** A flag as a plain data object (JSON, spreads and structured clones see exactly this). */
export function makeFlag(code: FlagCode, reason: string, suggestion?: Suggestion): Flag {
  return suggestion === undefined ? { code, reason } : { code, reason, suggestion };
}
