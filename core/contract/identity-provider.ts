import type { Actor } from '../model/actor.js';

/**
 * Who is acting. Google Sheets knows a verified email when the domain allows it; Excel without
 * single sign-on, the playground and files only know a name the person declared.
 */
export interface IdentityProvider {
  current(): Promise<Actor | null>;
  declare(name: string): Promise<Actor>;
}
