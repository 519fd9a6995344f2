import type { FlagRule } from './flag-rule.js';
import { makeFlag } from './make-flag.js';

/** `modified after sign-off`: sealed values of a closed initiative differ from its seal. */
export const modifiedAfterSignOff: FlagRule = {
  code: 'modifiedAfterSignOff',
  scope: 'kept',
  raise({ initiative, frame }) {
    if (frame.signOffChanges.size === 0) return null;
    const changedFields = frame.signOffChanges.get(initiative.id);
    if (changedFields === undefined || changedFields.length === 0) return null;
    return makeFlag(
      'modifiedAfterSignOff',
      `Changed after sign-off: ${changedFields.join(', ')} no longer match the sealed values; ` +
        `ask the controller to review and sign off again.`,
    );
  },
};
