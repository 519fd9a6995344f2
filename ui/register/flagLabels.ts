import type { FlagCode } from '../../core/index.js';

export const FLAG_LABELS: Record<FlagCode, string> = {
  watermelon: 'Watermelon',
  reviewOverdue: 'Review overdue',
  gateOverdue: 'Gate overdue',
  missingActuals: 'Missing actuals',
  noValuePlanned: 'No value planned',
  levelNotRecorded: 'Level not recorded',
  baselineDrift: 'Baseline drift',
  overlap: 'Overlap',
  modifiedAfterSignOff: 'Modified after sign-off',
  decisionRequired: 'Decision required',
};
