import type { FlagCode } from '../../core/index.js';

export const FLAG_LABELS: Record<FlagCode, string> = {
  watermelon: 'Watermelon',
  reviewOverdue: 'Review overdue',
  gateOverdue: 'Gate overdue',
  missingActuals: 'Missing actuals',
  baselineDrift: 'Baseline drift',
  overlap: 'Overlap',
  modifiedAfterSignOff: 'Modified after sign-off',
  decisionRequired: 'Decision required',
};
