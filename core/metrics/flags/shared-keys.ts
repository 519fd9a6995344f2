import type { Initiative } from '../../model/initiative.js';

/** A key used by two or more initiatives. */
export interface SharedKey {
  /** The key as its first user wrote it, trimmed. */
  key: string;
  /** Initiative indexes, ascending, each once. */
  members: number[];
}

/** Keys compare case-insensitively and trimmed: "CRM-7 " and "crm-7" are one campaign. */
export function normalizeKey(key: string): string {
  return key.trim().toLowerCase();
}

/**
 * Keys shared by two or more included initiatives. A register has about one key per initiative,
 * almost all unique, so this is a hash table over the key text itself: ASCII keys are hashed and
 * compared case-insensitively in place, without building a lower-cased copy of each; keys with
 * other characters fall back to `normalizeKey`.
 */
export function sharedKeys(initiatives: readonly Initiative[], included: Uint8Array): SharedKey[] {
  let keyCount = 0;
  for (let i = 0; i < initiatives.length; i++) if (included[i] === 1) keyCount += initiatives[i].keys.length;
  let size = 16;
  while (size < keyCount * 2) size *= 2;
  const mask = size - 1;
  // Slot → entry + 1 (0 = empty). Entry → its first initiative, its text and its group.
  const slots = new Int32Array(size);
  const entryOwner = new Int32Array(keyCount);
  const entryText: string[] = [];
  const entryGroup = new Int32Array(keyCount).fill(-1);
  const groups: SharedKey[] = [];

  for (let i = 0; i < initiatives.length; i++) {
    if (included[i] === 0) continue;
    const keys = initiatives[i].keys;
    for (let k = 0; k < keys.length; k++) {
      const text = keys[k];
      const hash = hashKey(text);
      if (hash === EMPTY) continue;
      let slot = hash & mask;
      for (;;) {
        const entry = slots[slot] - 1;
        if (entry < 0) {
          const id = entryText.length;
          entryText.push(text);
          entryOwner[id] = i;
          slots[slot] = id + 1;
          break;
        }
        if (sameKey(entryText[entry], text)) {
          const owner = entryOwner[entry];
          if (owner === i) break;
          let group = entryGroup[entry];
          if (group < 0) {
            group = groups.length;
            groups.push({ key: entryText[entry].trim(), members: [owner] });
            entryGroup[entry] = group;
          }
          const members = groups[group].members;
          if (members[members.length - 1] !== i) members.push(i);
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
  return groups;
}

/** Returned for a blank key, which is never shared. */
const EMPTY = -1;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** FNV-1a over the trimmed, lower-cased key; non-negative, or EMPTY for a blank key. */
function hashKey(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return EMPTY;
  let hash = 0x811c9dc5;
  for (let c = start; c < end; c++) {
    let code = text.charCodeAt(c);
    if (code > 127) return hashString(normalizeKey(text));
    if (code >= 65 && code <= 90) code += 32;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 1;
}

function hashString(normalized: string): number {
  if (normalized === '') return EMPTY;
  let hash = 0x811c9dc5;
  for (let c = 0; c < normalized.length; c++) hash = Math.imul(hash ^ normalized.charCodeAt(c), 0x01000193);
  return hash >>> 1;
}

function sameKey(a: string, b: string): boolean {
  let ia = 0;
  let ea = a.length;
  let ib = 0;
  let eb = b.length;
  while (ia < ea && isSpace(a.charCodeAt(ia))) ia++;
  while (ea > ia && isSpace(a.charCodeAt(ea - 1))) ea--;
  while (ib < eb && isSpace(b.charCodeAt(ib))) ib++;
  while (eb > ib && isSpace(b.charCodeAt(eb - 1))) eb--;
  if (ea - ia !== eb - ib) return normalizeKey(a) === normalizeKey(b);
  for (; ia < ea; ia++, ib++) {
    let ca = a.charCodeAt(ia);
    let cb = b.charCodeAt(ib);
    if (ca > 127 || cb > 127) return normalizeKey(a) === normalizeKey(b);
    if (ca >= 65 && ca <= 90) ca += 32;
    if (cb >= 65 && cb <= 90) cb += 32;
    if (ca !== cb) return false;
  }
  return true;
}
