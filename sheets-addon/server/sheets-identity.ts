import type { IdentityDto } from '../../core/index.js';
import type { IdentityProvider } from '../../core/index.js';
import type { AppsScriptGlobals } from './apps-script-api.js';

export const DECLARED_NAME_KEY = 'plangate.declaredName';

/**
 * Who is acting in Google Sheets. `Session.getActiveUser().getEmail()` is the signed-in
 * person when their domain shares it with the add-on: that identity is verified and cannot be
 * overridden. Otherwise (blank email: consumer accounts, other domains) the person declares a
 * name, kept in their own user properties so other editors never see or reuse it.
 */
export function sheetsIdentity(
  gas: Pick<AppsScriptGlobals, 'Session' | 'PropertiesService'>,
): IdentityProvider {
  const verified = (): IdentityDto | null => {
    const email = gas.Session.getActiveUser().getEmail().trim();
    return email ? { name: email, kind: 'verified' } : null;
  };
  const current = (): IdentityDto | null => {
    const known = verified();
    if (known) return known;
    const declared = gas.PropertiesService.getUserProperties().getProperty(DECLARED_NAME_KEY)?.trim();
    return declared ? { name: declared, kind: 'declared' } : null;
  };
  return {
    current: () => Promise.resolve(current()),
    declare: (name) => {
      const known = verified();
      if (known) return Promise.resolve(known);
      const clean = name.trim();
      gas.PropertiesService.getUserProperties().setProperty(DECLARED_NAME_KEY, clean);
      return Promise.resolve({ name: clean, kind: 'declared' });
    },
  };
}
