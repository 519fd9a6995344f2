import { formatAmount, formatPercent } from '../format.js';
import { suggestionFor } from '../suggestion.js';
import type { Suggestion, ValueStatus } from '../../model/metrics.js';
import type { FlagRule } from './flag-rule.js';
import type { Initiative } from '../../model/initiative.js';
import { isoDay } from '../iso-day.js';
import { labelOf } from '../ladder-lookup.js';
import { longDate } from '../long-date.js';
import type { MetricsFrame } from '../metrics-frame.js';
import { makeFlag } from './make-flag.js';

/**
 * `decision required`: value status red, or a review or gate overdue. Carries the discussion to
 * propose (accelerate / pivot / cancel?) — a prompt for the review meeting, never an action.
 */
export const decisionRequired: FlagRule = {
  code: 'decisionRequired',
  scope: 'live',
  raise({ initiative, figures, found, frame }) {
    const { valueStatus: status, planTotal, estimateAtCompletion } = figures;
    const review = found.some((f) => f.code === 'reviewOverdue') ? reviewDue(initiative, frame) : null;
    const gate = found.some((f) => f.code === 'gateOverdue')
      ? gateDue(initiative, figures.recordedDoi, frame)
      : null;
    if (status !== 'red' && review === null && gate === null) return null;
    const suggestion = suggestionFor(status, estimateAtCompletion, planTotal);
    return makeFlag(
      'decisionRequired',
      reasonOf(status, planTotal, estimateAtCompletion, review, gate, suggestion),
      suggestion ?? undefined,
    );
  },
};

function reasonOf(
  status: ValueStatus,
  planTotal: number,
  estimateAtCompletion: number,
  reviewOverdue: string | null,
  gateOverdue: string | null,
  suggestion: Suggestion | null,
): string {
  const causes: string[] = [];
  if (status === 'red') {
    causes.push(
      `value status red (estimate at completion ${formatAmount(estimateAtCompletion)} is ` +
        `${formatPercent(estimateAtCompletion / planTotal)} of plan total ${formatAmount(planTotal)})`,
    );
  }
  if (reviewOverdue !== null) causes.push(reviewOverdue);
  if (gateOverdue !== null) causes.push(gateOverdue);
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

/** "review overdue since 31 January 2027": the day the review fell due (last review or start + interval). */
function reviewDue(initiative: Initiative, frame: MetricsFrame): string {
  const every = initiative.reviewEveryDays ?? frame.defaultReviewDays;
  const last = isoDay(initiative.lastReview);
  const from = last === last ? last : isoDay(initiative.start);
  return from === from ? `review overdue since ${longDate(from + every)}` : 'review overdue';
}

/** "gate to 3 Decided overdue since 1 June 2027". */
function gateDue(initiative: Initiative, level: number, frame: MetricsFrame): string {
  const due = isoDay(initiative.nextGateDue);
  const gate = `gate to ${labelOf(frame.ladder, level + 1)} overdue`;
  return due === due ? `${gate} since ${longDate(due)}` : gate;
}
