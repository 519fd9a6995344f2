import type { FieldName } from '../../core/index.js';

/** Register fields a plan column can feed, in the order the mapping editor lists them. */
export const FIELD_LABELS: [FieldName, string][] = [
  ['id', 'ID'],
  ['name', 'Initiative'],
  ['program', 'Program'],
  ['workstream', 'Workstream'],
  ['client', 'Client'],
  ['owner', 'Owner'],
  ['sponsor', 'Sponsor'],
  ['controller', 'Controller'],
  ['impactType', 'Impact type'],
  ['kpi', 'KPI'],
  ['unit', 'Unit'],
  ['baseline', 'Baseline'],
  ['target', 'Target'],
  ['doi', 'DoI'],
  ['state', 'State'],
  ['implementationStatus', 'Implementation status'],
  ['start', 'Start'],
  ['due', 'Due'],
  ['keys', 'Keys'],
  ['period', 'Period (long layout)'],
  ['amount', 'Amount (long layout)'],
  ['planTotal', 'Plan total (phased evenly)'],
];
