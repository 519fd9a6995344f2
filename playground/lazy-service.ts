import type { GovernanceService } from '../core/service/governance-service.js';

/**
 * A GovernanceService whose implementation arrives in its own chunk: the page and the grid
 * draw first while the core loads in parallel. Every call waits for it once.
 */
export function lazyService(load: () => Promise<GovernanceService>): GovernanceService {
  const ready = load();
  return new Proxy({} as GovernanceService, {
    get(_target, method: keyof GovernanceService | 'then') {
      // Not a promise itself: `await service` must not wait for the core.
      if (method === 'then') return undefined;
      return async (...args: unknown[]) => {
        const service = await ready;
        return (service[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      };
    },
  });
}
