import type { CellValue } from '../model/cell.js';
import type { FlagCode, InitiativeMetrics } from '../model/metrics.js';
import type { ColumnKind } from '../contract/workbook-port.js';
import { headerKey } from './header-key.js';

/** Marks a computed column's header so people see PlanGate overwrites it on every refresh. */
export const COMPUTED_SUFFIX = ' (computed)';

export interface ComputedColumn {
  /** Without the suffix; the sheet shows `Plan total (computed)`. */
  name: string;
  kind: ColumnKind;
  width: number;
  value(metrics: InitiativeMetrics): CellValue;
}

const FLAG_LABELS: Record<FlagCode, string> = {
  watermelon: 'watermelon',
  reviewOverdue: 'review overdue',
  gateOverdue: 'gate overdue',
  missingActuals: 'missing actuals',
  noValuePlanned: 'no value planned',
  levelNotRecorded: 'level not recorded',
  baselineDrift: 'baseline drift',
  overlap: 'overlap',
  modifiedAfterSignOff: 'modified after sign-off',
  decisionRequired: 'decision required',
};

export function flagLabel(code: FlagCode): string {
  return FLAG_LABELS[code];
}

export const COMPUTED_COLUMNS: readonly ComputedColumn[] = [
  { name: 'Plan total', kind: 'money', width: 14, value: (m) => m.planTotal },
  { name: 'Plan to date', kind: 'money', width: 14, value: (m) => m.planToDate },
  { name: 'Actual to date', kind: 'money', width: 14, value: (m) => m.actualToDate },
  { name: 'Variance', kind: 'money', width: 14, value: (m) => m.variance },
  { name: 'Realization', kind: 'percent', width: 11, value: (m) => m.realization },
  { name: 'Estimate at completion', kind: 'money', width: 14, value: (m) => m.estimateAtCompletion },
  { name: 'Assumed on plan', kind: 'money', width: 14, value: (m) => m.assumedOnPlan },
  { name: 'Value at risk', kind: 'money', width: 14, value: (m) => m.valueAtRisk },
  { name: 'Value status', kind: 'text', width: 10, value: (m) => m.valueStatus },
  { name: 'Weighted value', kind: 'money', width: 14, value: (m) => m.weightedValue },
  {
    name: 'Flags',
    kind: 'text',
    width: 40,
    value: (m) =>
      m.flags.length === 0 ? null : m.flags.map((f) => `${FLAG_LABELS[f.code]}: ${f.reason}`).join('\n'),
  },
];

export function computedHeader(column: ComputedColumn): string {
  return `${column.name}${COMPUTED_SUFFIX}`;
}

/** A header is a computed column with or without the suffix (people delete it when renaming). */
export function computedColumnOf(header: string): ComputedColumn | undefined {
  const key = headerKey(header).replace(/\s*\(computed\)$/, '');
  return COMPUTED_COLUMNS.find((c) => headerKey(c.name) === key);
}
