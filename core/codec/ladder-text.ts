import { CRITERIA, type Criterion, type LadderLevel, ROLES, type Role } from '../model/ladder.js';

/**
 * One ladder level as a `PG Settings` value a person can read and edit:
 * `Decided | weight 0.5 | criteria decision | movers sponsor, pmo`.
 */
export function levelText(level: LadderLevel): string {
  const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));
  return `${level.name} | weight ${level.weight} | criteria ${list(level.criteria)} | movers ${list(level.movers)}`;
}

export type LevelRead = { ok: true; level: LadderLevel } | { ok: false; message: string };

const EXAMPLE = 'e.g. "Decided | weight 0.5 | criteria decision | movers sponsor, pmo"';

export function parseLevelText(level: number, text: string): LevelRead {
  const [name, ...parts] = text.split('|').map((part) => part.trim());
  if (!name) return { ok: false, message: `Level ${level} has no name: write it as ${EXAMPLE}` };
  const read: LadderLevel = { level, name, criteria: [], movers: [], weight: 0 };
  for (const part of parts) {
    const match = /^(weight|criteria|movers)\s*:?\s*(.*)$/i.exec(part);
    if (!match) return { ok: false, message: `"${part}" is not understood: write the level as ${EXAMPLE}` };
    const key = match[1].toLowerCase();
    const value = match[2].trim();
    const items = value.toLowerCase() === 'none' || value === '' ? [] : value.split(',').map((s) => s.trim());
    if (key === 'weight') {
      const weight = Number(value.replace(',', '.'));
      if (!Number.isFinite(weight) || weight < 0 || weight > 1) {
        return { ok: false, message: `Weight "${value}" must be a number from 0 to 1, such as 0.5` };
      }
      read.weight = weight;
    } else if (key === 'criteria') {
      const unknown = items.filter((c) => !(CRITERIA as readonly string[]).includes(c));
      if (unknown.length > 0) {
        return {
          ok: false,
          message: `Unknown criteria ${unknown.join(', ')}: use any of ${CRITERIA.join(', ')}`,
        };
      }
      read.criteria = items as Criterion[];
    } else {
      const roles = items.map((m) => m.toLowerCase());
      const unknown = roles.filter((m) => !(ROLES as readonly string[]).includes(m));
      if (unknown.length > 0) {
        return { ok: false, message: `Unknown movers ${unknown.join(', ')}: use any of ${ROLES.join(', ')}` };
      }
      read.movers = roles as Role[];
    }
  }
  return { ok: true, level: read };
}
