import { labelOf } from '../ladder-lookup.js';
import type { FlagRule } from './flag-rule.js';
import { makeFlag } from './make-flag.js';

/**
 * `no value planned`: an active or on-hold initiative whose plan holds no value — every plan cell
 * blank, or a plan total of 0 — an activity with no outcome in money yet. Such an initiative fails
 * the gate criterion `plan` (plan total > 0), so the reason names the ladder's first gate that
 * needs it. A negative plan total is a value (a cost, say) and not this flag; closed and cancelled
 * initiatives are over and carry no prompt to plan.
 */
export const noValuePlanned: FlagRule = {
  code: 'noValuePlanned',
  scope: 'live',
  raise({ figures, frame }) {
    if (figures.planTotal !== 0) return null;
    const { planLevel } = frame.ladder;
    const gate =
      planLevel === null
        ? 'the gate that needs a plan total'
        : figures.recordedDoi < planLevel
          ? `the gate to ${labelOf(frame.ladder, planLevel)}`
          : `the next gate (a plan total is needed from ${labelOf(frame.ladder, planLevel)} on)`;
    return makeFlag(
      'noValuePlanned',
      `No plan values: add the expected value per period in PG Plan (or a plan total) before it ` +
        `can pass ${gate}.`,
    );
  },
};
