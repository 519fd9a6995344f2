import type { IdentityProvider } from '../../core/index.js';
import type { KeyValueStore } from './key-value-store.js';
import { storedIdentity } from './stored-identity.js';

/**
 * The identity the pane acts under. A declared name by default. When the build sets
 * PLANGATE_NAA_CLIENT_ID (an Entra ID app registration, see docs/excel.md), the signed-in
 * Microsoft 365 account is used where Office supports nested app authentication; where it
 * does not, or sign-in fails, the pane falls back to the declared name and says so by its kind.
 */
export async function identityForHost(
  store: KeyValueStore,
  naaClientId: string | undefined,
): Promise<IdentityProvider> {
  const declared = storedIdentity(store);
  if (!naaClientId) return declared;
  const supported = Office.context.requirements.isSetSupported('NestedAppAuth', '1.1');
  if (!supported) return declared;
  const { naaIdentity } = await import(/* webpackChunkName: "naa" */ './naa-identity.js');
  return naaIdentity(naaClientId, declared);
}
