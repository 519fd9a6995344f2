import type { IdentityDto } from './governance-service.js';

/**
 * Who is acting. Google Sheets knows a verified email when the domain allows it; Excel without
 * single sign-on, the playground and files only know a name the person declared.
 */
export interface IdentityProvider {
  current(): Promise<IdentityDto | null>;
  declare(name: string): Promise<IdentityDto>;
}
