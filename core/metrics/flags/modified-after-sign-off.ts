import type { Flag } from '../../model/metrics.js';
import { makeFlag } from './make-flag.js';

/** `modified after sign-off`: sealed values of a closed initiative differ from its seal. */
export function modifiedAfterSignOffFlag(changedFields: string[] | undefined): Flag | null {
  if (changedFields === undefined || changedFields.length === 0) return null;
  return makeFlag(
    'modifiedAfterSignOff',
    `Changed after sign-off: ${changedFields.join(', ')} no longer match the sealed values; ` +
      `ask the controller to review and sign off again.`,
  );
}
