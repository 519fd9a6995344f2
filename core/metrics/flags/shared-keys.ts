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
 * Keys shared by two or more initiatives, collected while the register is summed (one visit per
 * initiative). A register has about one key per initiative, almost all unique, so this is an
 * open-addressing hash table over the key text itself: ASCII keys are hashed and compared
 * case-insensitively in place, without building a lower-cased copy of each; keys with other
 * characters fall back to `normalizeKey`.
 */
export class SharedKeyTable {
  /** Slot → entry + 1 (0 = empty). */
  private slots: Int32Array;
  private hashes: Int32Array;
  private owners: Int32Array;
  private groupOf: Int32Array;
  private readonly texts: string[] = [];
  private readonly shared: SharedKey[] = [];

  constructor(expectedKeys: number) {
    let size = 16;
    while (size < expectedKeys * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size >> 1);
    this.owners = new Int32Array(size >> 1);
    this.groupOf = new Int32Array(size >> 1);
  }

  /** Record the keys of initiative `index`; call with ascending indexes. */
  add(index: number, keys: readonly string[]): void {
    for (let k = 0; k < keys.length; k++) this.addKey(index, keys[k]);
  }

  /** The keys used by two or more initiatives, in order of first use. */
  groups(): SharedKey[] {
    return this.shared;
  }

  private addKey(index: number, text: string): void {
    const hash = hashKey(text);
    if (hash === EMPTY) return;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) break;
      if (this.hashes[entry] === hash && sameKey(this.texts[entry], text)) {
        this.join(entry, index);
        return;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.texts.length;
    if (id >= this.owners.length) {
      this.grow();
      this.addKey(index, text);
      return;
    }
    this.texts.push(text);
    this.hashes[id] = hash;
    this.owners[id] = index;
    this.groupOf[id] = -1;
    this.slots[slot] = id + 1;
  }

  private join(entry: number, index: number): void {
    const owner = this.owners[entry];
    if (owner === index) return;
    let group = this.groupOf[entry];
    if (group < 0) {
      group = this.shared.length;
      this.shared.push({ key: this.texts[entry].trim(), members: [owner] });
      this.groupOf[entry] = group;
    }
    const members = this.shared[group].members;
    if (members[members.length - 1] !== index) members.push(index);
  }

  /** Double the table, keeping the load factor at most one half. */
  private grow(): void {
    const size = this.slots.length * 2;
    const mask = size - 1;
    const slots = new Int32Array(size);
    for (let entry = 0; entry < this.texts.length; entry++) {
      let slot = this.hashes[entry] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    const widen = (old: Int32Array): Int32Array => {
      const next = new Int32Array(size >> 1);
      next.set(old);
      return next;
    };
    this.slots = slots;
    this.hashes = widen(this.hashes);
    this.owners = widen(this.owners);
    this.groupOf = widen(this.groupOf);
  }
}

/** Keys shared by two or more included initiatives (a one-off use of the table). */
export function sharedKeys(initiatives: readonly Initiative[], included: Uint8Array): SharedKey[] {
  const table = new SharedKeyTable(initiatives.length);
  for (let i = 0; i < initiatives.length; i++) if (included[i] === 1) table.add(i, initiatives[i].keys);
  return table.groups();
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
