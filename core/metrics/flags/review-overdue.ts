import type { Initiative } from '../../model/initiative.js';
import type { AsOf } from '../as-of.js';
import { isoDay } from '../iso-day.js';
import type { Flag } from '../../model/metrics.js';
import { makeFlag } from './make-flag.js';

/**
 * `review overdue`: D > last review + review interval. An initiative never reviewed is measured
 * from its start date instead, so a plan that has run for months without any review still shows.
 */
export function reviewOverdueFlag(
  initiative: Initiative,
  asOf: AsOf,
  defaultReviewDays: number,
): Flag | null {
  const every = initiative.reviewEveryDays ?? defaultReviewDays;
  if (!(every > 0) || !(asOf.day === asOf.day)) return null;
  const last = isoDay(initiative.lastReview);
  if (last === last) {
    if (!(asOf.day > last + every)) return null;
    return makeFlag(
      'reviewOverdue',
      `Last review ${initiative.lastReview} is ${asOf.day - last} days before the as-of date ${asOf.date}; ` +
        `reviews are due every ${every} days.`,
    );
  }
  const start = isoDay(initiative.start);
  if (!(start === start) || !(asOf.day > start + every)) return null;
  return makeFlag(
    'reviewOverdue',
    `No review recorded since the start on ${initiative.start}, ${asOf.day - start} days before the as-of date ` +
      `${asOf.date}; reviews are due every ${every} days.`,
  );
}
