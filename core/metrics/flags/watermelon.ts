import type { Initiative } from '../../model/initiative.js';
import { formatAmount, formatPercent } from '../format.js';
import type { Flag, ValueStatus } from '../../model/metrics.js';
import { makeFlag } from './make-flag.js';

/** Activity says fine, money says not: implementation status green while value status is red. */
export function watermelonFlag(
  initiative: Initiative,
  status: ValueStatus,
  planTotal: number,
  estimateAtCompletion: number,
  redBelow: number,
): Flag | null {
  if (initiative.implementationStatus !== 'green' || status !== 'red') return null;
  return makeFlag(
    'watermelon',
    `Implementation status is green but value status is red: estimate at completion ` +
      `${formatAmount(estimateAtCompletion)} is ${formatPercent(estimateAtCompletion / planTotal)} of plan total ` +
      `${formatAmount(planTotal)} (red below ${formatPercent(redBelow)}).`,
  );
}
