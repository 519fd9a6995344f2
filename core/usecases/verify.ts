import type { Register } from '../model/register.js';
import type { LevelWithoutAudit } from '../seal/recorded-levels.js';
import { auditRow, verifyAudit, type BrokenLink, type VerificationResult } from '../seal/verify.js';
import { loadRegister } from './load-register.js';
import type { UseCaseDeps } from './use-case-deps.js';

/**
 * The chain check counts rows as if PG Audit had no blank rows; a hand-inserted blank row would
 * send the user to the wrong row. Renumber the broken link (and the row before it, which its
 * message names) to where the events really are.
 */
function onSheetRows(broken: BrokenLink, eventRows: readonly number[]): BrokenLink {
  const real = new Map<number, number>();
  const here = eventRows[broken.index];
  if (here !== undefined) real.set(auditRow(broken.index), here);
  const before = eventRows[broken.index - 1];
  if (before !== undefined) real.set(auditRow(broken.index - 1), before);
  const message = broken.message.replace(/\brow (\d+)\b/g, (text, n: string) => {
    const row = real.get(Number(n));
    return row === undefined ? text : `row ${row}`;
  });
  return { ...broken, row: here ?? broken.row, message };
}

/** Hand-set levels name the last PG Audit event's row as index + 2: point at the real row. */
function levelOnSheetRows(level: LevelWithoutAudit, eventRows: readonly number[]): LevelWithoutAudit {
  const message = level.message.replace(/\(row (\d+)\)/g, (text, n: string) => {
    const row = eventRows[Number(n) - 2];
    return row === undefined ? text : `(row ${row})`;
  });
  return { ...level, message };
}

/** Recompute the audit chain and compare closed initiatives with their seals. Reads only. */
export async function verify(deps: UseCaseDeps): Promise<{ register: Register; result: VerificationResult }> {
  const loaded = await loadRegister(deps);
  const result = verifyAudit(loaded.register, loaded.rowOf);
  const firstBroken = result.firstBroken && onSheetRows(result.firstBroken, loaded.auditEventRows);
  const levelsWithoutAudit = result.levelsWithoutAudit.map((l) => levelOnSheetRows(l, loaded.auditEventRows));
  return { register: loaded.register, result: { ...result, firstBroken, levelsWithoutAudit } };
}
