import { formatAmount, formatPercent } from '../format.js';
import type { FlagRule } from './flag-rule.js';
import { makeFlag } from './make-flag.js';

/** Activity says fine, money says not: implementation status green while value status is red. */
export const watermelon: FlagRule = {
  code: 'watermelon',
  scope: 'live',
  raise({ initiative, figures, frame }) {
    if (initiative.implementationStatus !== 'green' || figures.valueStatus !== 'red') return null;
    const { estimateAtCompletion: eac, planTotal } = figures;
    return makeFlag(
      'watermelon',
      `Implementation status is green but value status is red: estimate at completion ` +
        `${formatAmount(eac)} is ${formatPercent(eac / planTotal)} of plan total ` +
        `${formatAmount(planTotal)} (red below ${formatPercent(frame.redBelow)}).`,
    );
  },
};
