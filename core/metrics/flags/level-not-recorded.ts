import { labelOf } from '../ladder-lookup.js';
import type { FlagRule } from './flag-rule.js';
import { makeFlag } from './make-flag.js';

/**
 * `level not recorded`: PG Register shows a DoI or State that no audit event reached — typed in
 * by hand, past every gate. The metrics use the recorded level until the initiative is moved
 * through its gates or restored to it.
 */
export const levelNotRecorded: FlagRule = {
  code: 'levelNotRecorded',
  scope: 'kept',
  raise({ initiative, figures, frame }) {
    if (frame.recorded === null) return null;
    const { recordedDoi, recordedState } = figures;
    if (initiative.doi === recordedDoi && initiative.state === recordedState) return null;
    const { ladder } = frame;
    const shown = `DoI ${labelOf(ladder, initiative.doi)}, ${initiative.state}`;
    const recorded = `${labelOf(ladder, recordedDoi)}, ${recordedState}`;
    return makeFlag(
      'levelNotRecorded',
      `PG Register shows ${shown}, but the audit log records ${recorded}: it was set by hand, ` +
        `without passing the gates. Weighted pipeline, coverage and the DoI waterfall count ` +
        `${recorded} until you restore the recorded level or move it through its gates.`,
    );
  },
};
