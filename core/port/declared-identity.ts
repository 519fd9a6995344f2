import type { IdentityProvider } from '../contract/identity-provider.js';
import type { Actor } from '../model/actor.js';

/** A declared identity kept in memory (playground, tests, command line). */
export function declaredIdentity(initialName?: string): IdentityProvider & { name: string | null } {
  const provider = {
    name: initialName?.trim() || null,
    current: (): Promise<Actor | null> =>
      Promise.resolve(provider.name ? { name: provider.name, kind: 'declared' as const } : null),
    declare: (name: string): Promise<Actor> => {
      provider.name = name.trim();
      return Promise.resolve({ name: provider.name, kind: 'declared' as const });
    },
  };
  return provider;
}
