import type { Initiative } from '../../model/initiative.js';
import type { AsOf } from '../as-of.js';
import { isoDay } from '../iso-day.js';
import { labelOf, type LadderLookup } from '../ladder-lookup.js';
import type { Flag } from '../../model/metrics.js';
import { makeFlag } from './make-flag.js';

/** `gate overdue`: D > next gate due, while there is still a gate ahead. */
export function gateOverdueFlag(initiative: Initiative, asOf: AsOf, ladder: LadderLookup): Flag | null {
  if (initiative.doi >= ladder.signOffLevel) return null;
  const due = isoDay(initiative.nextGateDue);
  if (!(due === due) || !(asOf.day > due)) return null;
  return makeFlag(
    'gateOverdue',
    `Gate to ${labelOf(ladder, initiative.doi + 1)} was due ${initiative.nextGateDue}, ` +
      `${asOf.day - due} days before the as-of date ${asOf.date}.`,
  );
}
