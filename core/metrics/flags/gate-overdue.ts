import { isoDay } from '../iso-day.js';
import { labelOf } from '../ladder-lookup.js';
import type { FlagRule } from './flag-rule.js';
import { makeFlag } from './make-flag.js';

/** `gate overdue`: D > next gate due, while there is still a gate ahead. */
export const gateOverdue: FlagRule = {
  code: 'gateOverdue',
  scope: 'live',
  raise({ initiative, figures: { recordedDoi }, frame: { asOf, ladder } }) {
    if (recordedDoi >= ladder.signOffLevel) return null;
    const due = isoDay(initiative.nextGateDue);
    if (!(due === due) || !(asOf.day > due)) return null;
    return makeFlag(
      'gateOverdue',
      `Gate to ${labelOf(ladder, recordedDoi + 1)} was due ${initiative.nextGateDue}, ` +
        `${asOf.day - due} days before the as-of date ${asOf.date}.`,
    );
  },
};
