import { sha256Hex } from '../seal/sha256.js';
import { foldText } from './cell-text.js';

/**
 * An ID for an initiative whose source has no ID column: a readable slug of the name plus a
 * short hash of sheet, program and name, so importing the same plan again yields the same IDs.
 */
export function derivedId(sheet: string, program: string, name: string): string {
  const slug = foldText(name).replace(/ /g, '-').slice(0, 24).replace(/-+$/, '') || 'initiative';
  const hash = sha256Hex(`${sheet.trim()}\u0000${program.trim()}\u0000${name.trim()}`).slice(0, 6);
  return `${slug}-${hash}`;
}

/**
 * Make IDs unique in source order: the second "X" becomes "X-2", the third "X-3". Returns the
 * new IDs and one message per duplicate so the user can fix the source.
 */
export function disambiguate(
  ids: readonly string[],
  rows: readonly number[],
  sheet: string,
): { ids: string[]; messages: string[] } {
  const seen = new Map<string, number>();
  const taken = new Set(ids);
  const out: string[] = [];
  const messages: string[] = [];
  ids.forEach((id, i) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count === 1) {
      out.push(id);
      return;
    }
    let n = count;
    let candidate = `${id}-${n}`;
    while (taken.has(candidate)) candidate = `${id}-${++n}`;
    taken.add(candidate);
    out.push(candidate);
    messages.push(
      `ID '${id}' appears more than once in ${sheet}: row ${rows[i]} was given ID '${candidate}'. Give each initiative its own ID in the sheet to keep them apart on re-import.`,
    );
  });
  return { ids: out, messages };
}
