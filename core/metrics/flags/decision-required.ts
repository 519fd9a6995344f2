import { formatAmount, formatPercent } from '../format.js';
import { suggestionFor } from '../suggestion.js';
import type { Flag, ValueStatus } from '../types.js';

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
  const causes: string[] = [];
  if (status === 'red') {
    causes.push(
      `value status red (estimate at completion ${formatAmount(estimateAtCompletion)} is ` +
        `${formatPercent(estimateAtCompletion / planTotal)} of plan total ${formatAmount(planTotal)})`,
    );
  }
  if (reviewOverdue !== null) causes.push('review overdue');
  if (gateOverdue !== null) causes.push('gate overdue');
  const suggestion = suggestionFor(status, estimateAtCompletion, planTotal);
  const prompt =
    suggestion === 'accelerate'
      ? ' Discuss: accelerate — value is behind plan to date.'
      : suggestion === 'pivot'
        ? ' Discuss: pivot — at least half the plan is still expected.'
        : suggestion === 'cancel?'
          ? ' Discuss: cancel? — less than half the plan is expected.'
          : '';
  const text = causes.join('; ');
  const flag: Flag = {
    code: 'decisionRequired',
    reason: `Decision required: ${text}.${prompt}`,
  };
  if (suggestion !== null) flag.suggestion = suggestion;
  return flag;
}
