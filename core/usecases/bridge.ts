import { computeBridge } from '../metrics/bridge.js';
import { snapshotOf } from '../metrics/snapshot.js';
import type { Bridge } from '../model/metrics.js';
import type { Register, Snapshot } from '../model/register.js';
import { PlanGateError } from '../contract/plan-gate-error.js';
import { loadRegister } from './load-register.js';
import { registerMetrics } from './register-metrics.js';
import { nowOf, type UseCaseDeps } from './use-case-deps.js';

function findSnapshot(register: Register, label: string): Snapshot {
  const found = register.snapshots.find((s) => s.label === label.trim());
  if (found) return found;
  const known = register.snapshots.map((s) => s.label);
  throw new PlanGateError(
    known.length === 0
      ? `There is no snapshot "${label}": take a snapshot at each monthly review first (Portfolio → Snapshot).`
      : `There is no snapshot "${label}": choose one of ${known.join(', ')}.`,
  );
}

/** Initiatives re-baselined by an approved event after `from` was taken (and before `to`). */
function rebaselinedBetween(register: Register, from: Snapshot, to: Snapshot): Set<string> {
  return new Set(
    register.audit
      .filter((e) => e.action === 'rebaseline' && e.time > from.takenAt && e.time <= to.takenAt)
      .map((e) => e.initiative),
  );
}

/** The bridge of estimate at completion between two snapshots, or from one to the register as it is now. Reads only. */
export async function bridge(deps: UseCaseDeps, from: string, to: string | null): Promise<Bridge> {
  const { register } = await loadRegister(deps);
  const start = findSnapshot(register, from);
  const end =
    to === null
      ? snapshotOf(register, registerMetrics(register), 'now', nowOf(deps))
      : findSnapshot(register, to);
  return computeBridge(start, end, rebaselinedBetween(register, start, end));
}
