import type { GovernanceService } from '../../core/index.js';

/**
 * A GovernanceService whose implementation (the whole core) loads in its own chunk, so the
 * pane's shell paints first. Every call waits for it once.
 */
export function deferredService(load: () => Promise<GovernanceService>): GovernanceService {
  const ready = load();
  return new Proxy({} as GovernanceService, {
    get(_target, method: keyof GovernanceService | 'then') {
      if (method === 'then') return undefined; // `await service` must not wait for the core
      return async (...args: unknown[]) => {
        const service = await ready;
        return (service[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      };
    },
  });
}
