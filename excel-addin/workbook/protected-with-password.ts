import type { WritePlan } from '../../core/index.js';
import type { SheetProbe } from './sheet-probe.js';

/**
 * The message for a write that failed because a PG sheet is protected with a password: PlanGate
 * protects its sheets without one and unprotects them with `protection.unprotect()`, which fails
 * when a person added a password (Review › Protect Sheet). Office.js names the failing call in
 * `debugInfo.errorLocation`. Returns null for any other failure.
 */
export function protectedWithPassword(
  error: unknown,
  plan: WritePlan,
  probes: ReadonlyMap<string, SheetProbe>,
): Error | null {
  const location = (error as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo?.errorLocation;
  if (location !== 'WorksheetProtection.unprotect') return null;
  const sheets = [...new Set(plan.sheets.map((s) => s.sheet))].filter((s) => probes.get(s)?.isProtected);
  const named = sheets.map((s) => `"${s}"`);
  const which = named.length <= 1 ? `${named[0] ?? 'A PlanGate sheet'} is` : `One of ${named.join(', ')} is`;
  return new Error(
    `${which} protected with a password, so PlanGate could not update it and changed nothing there. ` +
      'Open Review › Unprotect Sheet, enter the password, then run this again: PlanGate protects the sheet ' +
      'again afterwards, without a password (anyone can still unprotect it deliberately).',
  );
}
