import type { Grid } from '../core/index.js';

export type PlayRole = 'owner' | 'sponsor' | 'controller' | 'pmo';

export interface Person {
  name: string;
  roles: PlayRole[];
}

const HEADERS: Record<string, PlayRole> = { owner: 'owner', sponsor: 'sponsor', controller: 'controller' };
/** Header rows are near the top in the sample and in PG Register. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Everyone named in an Owner, Sponsor or Controller column of any sheet, with the roles they
 * appear in, plus the PMO and controllers of PG Settings and the name declared (in the Settings
 * pane) even when no sheet names it: the people one can act as.
 */
export function peopleOf(
  grids: Grid[],
  settings: { pmo: string[]; controllers: string[] } | null,
  declared = '',
): Person[] {
  const roles = new Map<string, Set<PlayRole>>();
  const add = (name: unknown, role: PlayRole) => {
    if (typeof name !== 'string' || !name.trim()) return;
    const key = name.trim();
    if (!roles.has(key)) roles.set(key, new Set());
    roles.get(key)!.add(role);
  };
  for (const grid of grids) {
    const headerRow = grid
      .slice(0, HEADER_SEARCH_ROWS)
      .findIndex((row) => row.some((c) => typeof c === 'string' && HEADERS[c.trim().toLowerCase()]));
    if (headerRow < 0) continue;
    grid[headerRow].forEach((header, col) => {
      const role = typeof header === 'string' ? HEADERS[header.trim().toLowerCase()] : undefined;
      if (!role) return;
      for (let r = headerRow + 1; r < grid.length; r++) add(grid[r][col], role);
    });
  }
  settings?.pmo.forEach((n) => add(n, 'pmo'));
  settings?.controllers.forEach((n) => add(n, 'controller'));
  if (declared.trim() && !roles.has(declared.trim())) roles.set(declared.trim(), new Set());
  return [...roles.entries()].map(([name, set]) => ({ name, roles: [...set].sort() }));
}
