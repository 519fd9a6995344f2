import type { IdentityDto } from './governance-service.js';

/**
 * Who is acting. Google Sheets knows a verified email when the domain allows it; Excel without
 * single sign-on, the playground and files only know a name the person declared.
 */
export interface IdentityProvider {
  current(): Promise<IdentityDto | null>;
  declare(name: string): Promise<IdentityDto>;
}

/** A declared identity kept in memory (playground, tests, command line). */
export function declaredIdentity(initialName?: string): IdentityProvider & { name: string | null } {
  const provider = {
    name: initialName?.trim() || null,
    current: (): Promise<IdentityDto | null> =>
      Promise.resolve(provider.name ? { name: provider.name, kind: 'declared' as const } : null),
    declare: (name: string): Promise<IdentityDto> => {
      provider.name = name.trim();
      return Promise.resolve({ name: provider.name, kind: 'declared' as const });
    },
  };
  return provider;
}
