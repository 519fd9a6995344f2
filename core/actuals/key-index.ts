import type { CellValue } from '../model/cell.js';
import type { Initiative } from '../model/initiative.js';

/** How keys are compared: trimmed, case-insensitive, inner spaces collapsed. */
export function normalizeKey(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every initiative ID and `Keys` entry → the initiatives it names (two or more = ambiguous). */
export function buildKeyIndex(initiatives: readonly Initiative[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (key: string, id: string): void => {
    const normal = normalizeKey(key);
    if (normal === '') return;
    const ids = index.get(normal) ?? [];
    if (!ids.includes(id)) ids.push(id);
    index.set(normal, ids);
  };
  for (const initiative of initiatives) {
    add(initiative.id, initiative.id);
    for (const key of initiative.keys) add(key, initiative.id);
  }
  return index;
}
