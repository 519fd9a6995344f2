import type { Register } from '../model/register.js';
import { verifyAudit, type VerificationResult } from '../seal/verify.js';
import { loadRegister } from './load-register.js';
import type { UseCaseDeps } from './use-case-deps.js';

/**
 * Recompute the audit chain and compare closed initiatives with their seals. Reads only.
 * Messages name the rows as the sheets show them, blank rows typed by hand included.
 */
export async function verify(deps: UseCaseDeps): Promise<{ register: Register; result: VerificationResult }> {
  const loaded = await loadRegister(deps);
  const result = verifyAudit(loaded.register, { register: loaded.rowOf, audit: loaded.auditEventRows });
  return { register: loaded.register, result };
}
