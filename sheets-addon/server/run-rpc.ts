import type { GovernanceService } from '../../core/index.js';
import { composeService } from './compose-service.js';
import { appsScriptGlobals } from './globals.js';
import { settleNow } from './settle-now.js';

/** How long a write waits for another person's PlanGate action on the same spreadsheet. */
const LOCK_WAIT_MS = 20_000;

export const BUSY_MESSAGE =
  'Another PlanGate action is saving to this spreadsheet right now. Nothing was changed: wait a few seconds and try again.';

/**
 * Plain JSON only: google.script.run cannot carry Dates, typed arrays, NaN or undefined
 * reliably, and a value it cannot carry turns the whole answer into null.
 */
function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Runs one service method for google.script.run; reads need no lock. */
export function runRead<T>(call: (service: GovernanceService) => Promise<T>): T {
  return plain(settleNow(call(composeService(appsScriptGlobals()))));
}

/**
 * Runs one writing service method under the document lock, so two people acting at once
 * cannot interleave their read-compute-write (and fork the audit chain).
 */
export function runWrite<T>(call: (service: GovernanceService) => Promise<T>): T {
  const gas = appsScriptGlobals();
  const lock = gas.LockService.getDocumentLock();
  if (!lock)
    throw new Error('PlanGate must be opened from a spreadsheet (Extensions › PlanGate) to save changes.');
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(BUSY_MESSAGE);
  try {
    return plain(settleNow(call(composeService(gas))));
  } finally {
    lock.releaseLock();
  }
}
