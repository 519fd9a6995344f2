/** Names of the sheets PlanGate owns. Every other sheet belongs to the user and is read-only to PlanGate. */
export const SHEETS = {
  register: 'PG Register',
  plan: 'PG Plan',
  forecast: 'PG Forecast',
  actual: 'PG Actual',
  audit: 'PG Audit',
  settings: 'PG Settings',
  snapshots: 'PG Snapshots',
  portfolio: 'PG Portfolio',
} as const;

export type PgSheet = (typeof SHEETS)[keyof typeof SHEETS];

export const PG_SHEETS: readonly string[] = Object.values(SHEETS);

export function isPlanGateSheet(name: string): boolean {
  return PG_SHEETS.includes(name);
}
