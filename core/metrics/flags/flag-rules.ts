import { baselineDrift } from './baseline-drift.js';
import { decisionRequired } from './decision-required.js';
import type { FlagRule } from './flag-rule.js';
import { gateOverdue } from './gate-overdue.js';
import { levelNotRecorded } from './level-not-recorded.js';
import { missingActuals } from './missing-actuals.js';
import { modifiedAfterSignOff } from './modified-after-sign-off.js';
import { noValuePlanned } from './no-value-planned.js';
import { overlap } from './overlap-rule.js';
import { reviewOverdue } from './review-overdue.js';
import { watermelon } from './watermelon.js';

/**
 * Every flag rule, in the order flags are listed (PRODUCT.md "Metrics"). A new flag is one file
 * with a `FlagRule` and one line here. A rule sees the flags of the rules above it, so
 * `decisionRequired`, which reads the overdue flags, comes last.
 */
export const FLAG_RULES: readonly FlagRule[] = [
  watermelon,
  reviewOverdue,
  gateOverdue,
  missingActuals,
  noValuePlanned,
  levelNotRecorded,
  baselineDrift,
  overlap,
  modifiedAfterSignOff,
  decisionRequired,
];
