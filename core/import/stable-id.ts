import { foldText } from './cell-text.js';

/**
 * An ID for an initiative whose source has no ID column: a readable slug of the name plus a
 * short hash of sheet, program and name, so importing the same plan again yields the same IDs.
 */
export function derivedId(sheet: string, program: string, name: string): string {
  const slug = foldText(name).replace(/ /g, '-').slice(0, 24).replace(/-+$/, '') || 'initiative';
  const hash = shortHash(`${sheet.trim()}\u0000${program.trim()}\u0000${name.trim()}`);
  return `${slug}-${hash}`;
}

/**
 * Make IDs unique in source order: the second "X" becomes "X-2", the third "X-3". Returns the
 * new IDs and one message listing the duplicates so the user can fix the source.
 */
export function disambiguate(
  ids: readonly string[],
  rows: readonly number[],
  sheet: string,
): { ids: string[]; messages: string[] } {
  const seen = new Map<string, number>();
  const taken = new Set(ids);
  const out: string[] = [];
  const renamed: string[] = [];
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
    renamed.push(`row ${rows[i]} → '${candidate}'`);
  });
  if (renamed.length === 0) return { ids: out, messages: [] };
  const shown =
    renamed.slice(0, 5).join(', ') + (renamed.length > 5 ? ` and ${renamed.length - 5} more` : '');
  return {
    ids: out,
    messages: [
      `${renamed.length} row${renamed.length === 1 ? ' repeats' : 's repeat'} an ID or a name already used in ${sheet}, so they were numbered: ${shown}. Give each initiative its own ID (or name) in the sheet to keep the numbering stable on re-import.`,
    ],
  };
}

/**
 * Six hex digits from two FNV-1a lanes over the UTF-16 code units. Not cryptographic: it only
 * has to be stable across runs and hosts and spread similar names apart; it is far cheaper than
 * SHA-256 on a 10,000-row plan.
 */
export function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const mixed = ((a ^ (b >>> 7)) >>> 0).toString(16).padStart(8, '0');
  return mixed.slice(0, 6);
}
