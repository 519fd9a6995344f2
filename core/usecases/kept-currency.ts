import type { Register } from '../model/register.js';

/**
 * The currency a register keeps when a plan names another, or null when it would take the
 * plan's. A register owns its currency once it holds initiatives or someone chose the currency
 * (a settings event naming it, e.g. `--currency` before the first import); until then a plan in
 * dollars makes a register in dollars, not one that shows dollars as euros.
 */
export function keptCurrency(register: Register): string | null {
  if (register.initiatives.length > 0) return register.settings.currency;
  const chosen = register.audit.some((e) => e.action === 'settings' && e.to.split(', ').includes('currency'));
  return chosen ? register.settings.currency : null;
}
