import type { Register } from '../model/register.js';
import { verifyAudit, type VerificationResult } from '../seal/verify.js';
import { loadRegister } from './load-register.js';
import type { UseCaseDeps } from './use-case-deps.js';

/** Recompute the audit chain and compare closed initiatives with their seals. Reads only. */
export async function verify(deps: UseCaseDeps): Promise<{ register: Register; result: VerificationResult }> {
  const loaded = await loadRegister(deps);
  return { register: loaded.register, result: verifyAudit(loaded.register) };
}
