import type { IdentityDto } from '../../core/index.js';
import type { IdentityProvider } from '../../core/index.js';
import type { KeyValueStore } from './key-value-store.js';

const KEY = 'plangate.declaredName';

/**
 * Excel without single sign-on knows only the name a person declares: kept in the add-in's
 * storage so it survives closing the pane, and always reported as `declared`.
 */
export function storedIdentity(store: KeyValueStore): IdentityProvider {
  return {
    async current(): Promise<IdentityDto | null> {
      const name = (await store.getItem(KEY))?.trim();
      return name ? { name, kind: 'declared' } : null;
    },
    async declare(name: string): Promise<IdentityDto> {
      const trimmed = name.trim();
      await store.setItem(KEY, trimmed);
      return { name: trimmed, kind: 'declared' };
    },
  };
}
