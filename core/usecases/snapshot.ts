import { encodeSnapshotsSheet } from '../codec/snapshots-sheet.js';
import { snapshotOf } from '../metrics/snapshot.js';
import { periodOfDate } from '../model/period.js';
import { SHEETS } from '../model/sheets.js';
import type { ActionResultDto } from '../contract/governance-service.js';
import { describeWrites } from './describe-writes.js';
import { loadRegister } from './load-register.js';
import { registerMetrics } from './register-metrics.js';
import { nowOf, type UseCaseDeps } from './use-case-deps.js';

/**
 * Store the metrics as they are now as a PG Snapshots block, labelled with the as-of period
 * unless named. Taking a snapshot with an existing label replaces that block (a re-run of the
 * month's review), and says so.
 */
export async function snapshot(deps: UseCaseDeps, label?: string): Promise<ActionResultDto> {
  const loaded = await loadRegister(deps);
  const { register } = loaded;
  if (!loaded.hasRegister) {
    return { ok: false, message: 'There is no register yet: convert a plan first.', problems: [], wrote: [] };
  }
  const name = label?.trim() || periodOfDate(register.settings.asOf, register.settings.granularity);
  const taken = snapshotOf(register, registerMetrics(register), name, nowOf(deps));
  const replaced = register.snapshots.some((s) => s.label === name);
  const snapshots = [...register.snapshots.filter((s) => s.label !== name), taken];
  const sheets = [encodeSnapshotsSheet(snapshots, register.settings.currency)];
  await deps.port.write({ sheets });
  return {
    ok: true,
    message: `${replaced ? 'Replaced' : 'Stored'} snapshot ${name} (${taken.rows.length} initiatives, as of ${taken.asOf}).`,
    problems: [],
    wrote: describeWrites(sheets).map((w) =>
      w.startsWith(SHEETS.snapshots) ? `${SHEETS.snapshots} (${snapshots.length} blocks)` : w,
    ),
  };
}
