/**
 * The three ladders a user can pick in Settings. A preset is only a starting point: the
 * workbook stores the ladder in `PG Settings`, so criteria, movers and weights stay editable.
 *
 * Criteria of a level are what must hold to *enter* it. The data criteria of lower levels
 * (names, KPI, target, plan, dates) are re-checked on every later gate (see `gate-check.ts`),
 * so each preset lists a criterion once, at the level that introduces it.
 */
import type { Criterion, Ladder, LadderLevel, LadderPreset, Role } from '../model/ladder.js';

export const LADDER_PRESETS: readonly LadderPreset[] = ['standard', 'l0-l5', 'doi0-6'];

type Row = [name: string, criteria: Criterion[], movers: Role[], weight: number];

function build(preset: LadderPreset, rows: Row[], freezeLevel: number, signOffLevel: number): Ladder {
  const levels: LadderLevel[] = rows.map(([name, criteria, movers, weight], level) => ({
    level,
    name,
    criteria: [...criteria],
    movers: [...movers],
    weight,
  }));
  return { preset, levels, freezeLevel, signOffLevel };
}

/** Who identifies an initiative: the people accountable for it and what it is measured by. */
const NAMED: Criterion[] = ['owner', 'sponsor', 'controller', 'kpi', 'target'];
const OWNER_OR_PMO: Role[] = ['owner', 'pmo'];
const SPONSOR_OR_PMO: Role[] = ['sponsor', 'pmo'];

/** PRODUCT.md's default ladder, as its table states it. */
function standard(): Ladder {
  return build(
    'standard',
    [
      ['Defined', ['title'], ['anyone'], 0],
      ['Identified', NAMED, OWNER_OR_PMO, 0.1],
      ['Detailed', ['plan', 'dates'], OWNER_OR_PMO, 0.25],
      ['Decided', ['decision'], SPONSOR_OR_PMO, 0.5],
      ['Implemented', ['implemented'], OWNER_OR_PMO, 0.8],
      ['Closed', ['signOff'], ['controller'], 1],
    ],
    3,
    5,
  );
}

/**
 * L0–L5, the levels used by transformation-office trackers. L1 asks only for an owner, a KPI
 * and a target (an opportunity someone owns); sponsor, controller, phasing and dates come
 * with L2 "Validated", because validating a business case means finance and a sponsor have
 * looked at a phased plan. L3 "Planned" is the go decision and freezes the plan. Weights
 * follow the Standard ladder except L2 (0.3): a validated case has passed a finance review,
 * which is a stronger signal than Standard's "Detailed".
 */
function l0l5(): Ladder {
  return build(
    'l0-l5',
    [
      ['Idea', ['title'], ['anyone'], 0],
      ['Identified', ['owner', 'kpi', 'target'], OWNER_OR_PMO, 0.1],
      ['Validated', ['sponsor', 'controller', 'plan', 'dates'], OWNER_OR_PMO, 0.3],
      ['Planned', ['decision'], SPONSOR_OR_PMO, 0.5],
      ['Executed', ['implemented'], OWNER_OR_PMO, 0.8],
      ['Realized', ['signOff'], ['controller'], 1],
    ],
    3,
    5,
  );
}

/**
 * DoI 0–6 splits implementation in two: "Started" (work has begun — no new evidence beyond
 * the data criteria, which are re-checked; the owner or PMO says so) and "Effective"
 * (measures are in place, the owner confirms implementation is complete). Weights rise
 * monotonically; Started gets 0.65 because money is now being spent on delivery, Effective
 * 0.85 because only the realisation itself remains uncertain.
 */
function doi06(): Ladder {
  return build(
    'doi0-6',
    [
      ['Idea', ['title'], ['anyone'], 0],
      ['Identified', NAMED, OWNER_OR_PMO, 0.1],
      ['Detailed', ['plan', 'dates'], OWNER_OR_PMO, 0.25],
      ['Approved', ['decision'], SPONSOR_OR_PMO, 0.5],
      ['Started', [], OWNER_OR_PMO, 0.65],
      ['Effective', ['implemented'], OWNER_OR_PMO, 0.85],
      ['Completed', ['signOff'], ['controller'], 1],
    ],
    3,
    6,
  );
}

/** A fresh copy of a preset ladder (callers may edit it). */
export function presetLadder(preset: LadderPreset): Ladder {
  switch (preset) {
    case 'standard':
      return standard();
    case 'l0-l5':
      return l0l5();
    case 'doi0-6':
      return doi06();
  }
}

export function isLadderPreset(text: string): text is LadderPreset {
  return (LADDER_PRESETS as readonly string[]).includes(text);
}

/** The level `n` of the ladder, or undefined when the ladder has no such level. */
export function ladderLevel(ladder: Ladder, n: number): LadderLevel | undefined {
  return ladder.levels.find((level) => level.level === n);
}

/** "3 Decided"; "Level 9" for a level the ladder does not have. */
export function levelLabel(ladder: Ladder, n: number): string {
  const level = ladderLevel(ladder, n);
  return level ? `${level.level} ${level.name}` : `Level ${n}`;
}

/** The highest level number of the ladder. */
export function topLevel(ladder: Ladder): number {
  return ladder.levels.reduce((max, level) => Math.max(max, level.level), 0);
}

/** Weight of a level in the weighted pipeline; 0 for a level the ladder does not have. */
export function levelWeight(ladder: Ladder, n: number): number {
  return ladderLevel(ladder, n)?.weight ?? 0;
}
