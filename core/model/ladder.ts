/**
 * The DoI ladder as data. Presets live in `core/ladder/presets.ts`; a workbook stores its
 * ladder in `PG Settings`, so criteria, roles and weights are settings, not code.
 */

/** Who may move an initiative into a level. `pmo` and `controller` also match the role lists in Settings. */
export const ROLES = ['anyone', 'owner', 'sponsor', 'controller', 'pmo'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Gate criteria a level can require. Each is checked per initiative and, when unmet,
 * named in a sentence the owner can act on (see `core/ladder/criteria.ts`).
 */
export const CRITERIA = [
  'title', // initiative has a name
  'owner', // owner named
  'sponsor', // sponsor named
  'controller', // controller named
  'kpi', // KPI named
  'target', // target > 0
  'plan', // plan total > 0
  'dates', // start and due dates present, start <= due
  'decision', // go decision: mover is sponsor or PMO, never the owner
  'implemented', // owner (or PMO) confirms implementation is complete
  'signOff', // controller-backed closure: confirmed value, evidence, controller != owner
] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface LadderLevel {
  level: number;
  name: string;
  /** Criteria that must hold to enter this level. */
  criteria: Criterion[];
  /** Roles allowed to move an initiative into this level. */
  movers: Role[];
  /** Weight of the estimate at completion in the weighted pipeline. */
  weight: number;
}

export type LadderPreset = 'standard' | 'l0-l5' | 'doi0-6';

export interface Ladder {
  preset: LadderPreset | 'custom';
  levels: LadderLevel[];
  /** Entering this level freezes the plan as the baseline. */
  freezeLevel: number;
  /** Entering this level is the controller-backed closure; the initiative's state becomes closed. */
  signOffLevel: number;
}
