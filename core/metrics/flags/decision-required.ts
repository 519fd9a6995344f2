import { formatAmount, formatPercent } from '../format.js';
import { suggestionFor } from '../suggestion.js';
import type { Flag, Suggestion, ValueStatus } from '../../model/metrics.js';
import { makeFlag } from './make-flag.js';

/**
 * `decision required`: value status red, or a review or gate overdue. Carries the discussion to
 * propose (accelerate / pivot / cancel?) — a prompt for the review meeting, never an action.
 */
export function decisionRequiredFlag(
  status: ValueStatus,
  planTotal: number,
  estimateAtCompletion: number,
  reviewOverdue: Flag | null,
  gateOverdue: Flag | null,
): Flag | null {
  if (status !== 'red' && reviewOverdue === null && gateOverdue === null) return null;
  const review = reviewOverdue !== null;
  const gate = gateOverdue !== null;
  const suggestion = suggestionFor(status, estimateAtCompletion, planTotal);
  return makeFlag(
    'decisionRequired',
    reasonOf(status, planTotal, estimateAtCompletion, review, gate, suggestion),
    suggestion ?? undefined,
  );
}

function reasonOf(
  status: ValueStatus,
  planTotal: number,
  estimateAtCompletion: number,
  reviewOverdue: boolean,
  gateOverdue: boolean,
  suggestion: Suggestion | null,
): string {
  const causes: string[] = [];
  if (status === 'red') {
    causes.push(
      `value status red (estimate at completion ${formatAmount(estimateAtCompletion)} is ` +
        `${formatPercent(estimateAtCompletion / planTotal)} of plan total ${formatAmount(planTotal)})`,
    );
  }
  if (reviewOverdue) causes.push('review overdue');
  if (gateOverdue) causes.push('gate overdue');
  const prompt =
    suggestion === 'accelerate'
      ? ' Discuss: accelerate — value is behind plan to date.'
      : suggestion === 'pivot'
        ? ' Discuss: pivot — at least half the plan is still expected.'
        : suggestion === 'cancel?'
          ? ' Discuss: cancel? — less than half the plan is expected.'
          : '';
  return `Decision required: ${causes.join('; ')}.${prompt}`;
}
