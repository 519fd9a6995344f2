import { createNestablePublicClientApplication, type IPublicClientApplication } from '@azure/msal-browser';
import type { IdentityDto } from '../../core/index.js';
import type { IdentityProvider } from '../../core/index.js';

/** Only the sign-in itself: PlanGate reads no mail or files. */
const SCOPES = ['openid', 'profile'];

/**
 * Nested app authentication: Office's signed-in Microsoft 365 account, through the tenant's
 * Entra ID app registration `clientId`. The identity is `verified` only when MSAL returns an
 * account for it; otherwise PlanGate acts under the declared name, marked `declared`.
 */
export function naaIdentity(clientId: string, declared: IdentityProvider): IdentityProvider {
  let app: Promise<IPublicClientApplication> | null = null;
  const signedIn = async (): Promise<IdentityDto | null> => {
    try {
      app ??= createNestablePublicClientApplication({
        auth: { clientId, authority: 'https://login.microsoftonline.com/common' },
      });
      const pca = await app;
      const result = await pca
        .acquireTokenSilent({ scopes: SCOPES })
        .catch(() => pca.acquireTokenPopup({ scopes: SCOPES }));
      const account = result.account;
      const name = account?.username || account?.name;
      return name ? { name, kind: 'verified' } : null;
    } catch {
      return null;
    }
  };
  return {
    async current() {
      return (await signedIn()) ?? declared.current();
    },
    async declare(name) {
      // A verified account cannot be renamed by typing another name.
      return (await signedIn()) ?? declared.declare(name);
    },
  };
}
