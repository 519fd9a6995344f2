import type { IdentityKind } from './audit.js';

/** Who is acting: a verified account, or the name a person declared. */
export interface Actor {
  name: string;
  kind: IdentityKind;
}
