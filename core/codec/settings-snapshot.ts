import type { CellValue } from '../model/cell.js';
import type { Settings } from '../model/settings.js';
import { encodeSettingsSheet } from './settings-sheet.js';

/** PG Settings as text per key, as PlanGate writes them: what a `settings` audit event records. */
export type SettingsSnapshot = Record<string, string>;

function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The snapshot of `settings`: each PG Settings key (ladder levels included) → its Value as
 * written. Decoding a hand-edited sheet and taking its snapshot compares it with a recorded
 * one key by key, whatever way the host stored the cell (0.9 or "90 %").
 */
export function settingsSnapshot(settings: Settings): SettingsSnapshot {
  const snapshot: SettingsSnapshot = {};
  const [, ...rows] = encodeSettingsSheet(settings).rows;
  for (const row of rows) snapshot[text(row[0])] = text(row[1]);
  return snapshot;
}

export interface SettingChange {
  key: string;
  /** null: the key was not there. */
  old: string | null;
  new: string | null;
}

/** Keys whose value differs between two snapshots, in `next`'s order, then keys only `previous` had. */
export function settingsChanges(previous: SettingsSnapshot, next: SettingsSnapshot): SettingChange[] {
  const changes: SettingChange[] = [];
  for (const [key, value] of Object.entries(next)) {
    const old = Object.prototype.hasOwnProperty.call(previous, key) ? previous[key] : null;
    if (old !== value) changes.push({ key, old, new: value });
  }
  for (const [key, value] of Object.entries(previous))
    if (!Object.prototype.hasOwnProperty.call(next, key)) changes.push({ key, old: value, new: null });
  return changes;
}
