import type { Ladder } from '../model/ladder.js';

/** Weights and names of a ladder indexed by level number, looked up once per register. */
export interface LadderLookup {
  /** Weight per level; 0 for a level the ladder does not define. */
  weights: Float64Array;
  /** "4 Implemented" per level; the bare number for a level the ladder does not define. */
  labels: string[];
  /** Levels at or above this one have completed implementation (the level below sign-off). */
  implementedLevel: number;
  freezeLevel: number;
  signOffLevel: number;
  /** The lowest level whose gate needs a plan total (criterion `plan`); null when no gate does. */
  planLevel: number | null;
}

export function ladderLookup(ladder: Ladder): LadderLookup {
  let top = 0;
  let planLevel: number | null = null;
  for (const level of ladder.levels) {
    top = Math.max(top, level.level);
    if (level.criteria.includes('plan') && (planLevel === null || level.level < planLevel))
      planLevel = level.level;
  }
  const weights = new Float64Array(top + 1);
  const labels: string[] = [];
  for (let level = 0; level <= top; level++) labels.push(String(level));
  for (const level of ladder.levels) {
    weights[level.level] = level.weight;
    labels[level.level] = `${level.level} ${level.name}`;
  }
  return {
    weights,
    labels,
    implementedLevel: ladder.signOffLevel - 1,
    freezeLevel: ladder.freezeLevel,
    signOffLevel: ladder.signOffLevel,
    planLevel,
  };
}

export function weightOf(lookup: LadderLookup, level: number): number {
  return level >= 0 && level < lookup.weights.length ? lookup.weights[level] : 0;
}

export function labelOf(lookup: LadderLookup, level: number): string {
  return level >= 0 && level < lookup.labels.length ? lookup.labels[level] : String(level);
}
