import { headerKey, isBlankCell } from '../codec/header-key.js';
import { settingsChanges, settingsSnapshot } from '../codec/settings-snapshot.js';
import { cellAddress, type Grid } from '../model/cell.js';
import type { SettingsEdit } from '../model/finding.js';
import type { Settings } from '../model/settings.js';
import type { RecordedSettings } from '../seal/recorded-settings.js';

function keyRows(grid: Grid): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  grid.forEach((row, r) => {
    const key = headerKey(row?.[0]);
    if (key === '' || (r === 0 && key === 'key')) return;
    rows.set(key, [...(rows.get(key) ?? []), r]);
  });
  return rows;
}

/**
 * PG Settings compared with the settings PG Audit records last: every key whose value differs
 * (read as PlanGate reads it, so 0.9 and "90 %" are the same), every recorded key whose row is
 * gone or whose Value was emptied, every key added by hand. `repeated`: keys typed on more than one row (the last one counts).
 */
export function settingsEdits(
  recorded: RecordedSettings,
  settings: Settings,
  grid: Grid,
): { edits: SettingsEdit[]; repeated: { key: string; cells: string[] }[] } {
  const rows = keyRows(grid);
  const edits: SettingsEdit[] = [];
  const present = (key: string): number[] | undefined => rows.get(headerKey(key));
  for (const change of settingsChanges(recorded.settings, settingsSnapshot(settings))) {
    const at = present(change.key);
    if (change.old !== null && at === undefined) continue; // reported below as a removed row
    const row = at?.[at.length - 1];
    const col = change.old === null ? 0 : 1; // a key added by hand: its Key cell
    edits.push({ ...change, cell: row === undefined ? null : cellAddress(row, col) });
  }
  const listed = new Set(edits.map((e) => e.key));
  for (const [key, value] of Object.entries(recorded.settings)) {
    const at = present(key);
    if (at === undefined) edits.push({ key, old: value, new: null, cell: null });
    else if (!listed.has(key) && value !== '' && isBlankCell(grid[at[at.length - 1]]?.[1]))
      // Emptied by hand: PlanGate reads its default, which may be the recorded value.
      edits.push({ key, old: value, new: '', cell: cellAddress(at[at.length - 1], 1) });
  }
  const repeated = [...rows.entries()]
    .filter(([, at]) => at.length > 1)
    .map(([, at]) => ({ key: String(grid[at[0]][0]).trim(), cells: at.map((r) => cellAddress(r, 0)) }));
  return { edits, repeated };
}
