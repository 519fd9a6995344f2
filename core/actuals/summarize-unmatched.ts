import type { ActualsReportDto } from '../service/governance-service.js';

const FIRST = 5;

/**
 * One line for the rows that match no initiative: a CRM dump against a register keyed by a few
 * accounts leaves hundreds, and listing each drowns the rows that matter. The full list stays
 * in the report for panes that page through it.
 */
export function summarizeUnmatched(unmatched: ActualsReportDto['unmatched'], keyHeader: string): string[] {
  if (unmatched.length === 0) return [];
  const keys = new Set(unmatched.map((u) => u.key));
  const total = Math.round(unmatched.reduce((s, u) => s + u.amount, 0) * 100) / 100;
  const first = unmatched
    .slice(0, FIRST)
    .map((u) => `row ${u.row} "${u.key}"`)
    .join(', ');
  const rows = unmatched.length === 1 ? '1 row' : `${unmatched.length.toLocaleString('en-US')} rows`;
  const values = keys.size === 1 ? '1 value' : `${keys.size.toLocaleString('en-US')} different values`;
  return [
    `${rows} (${total.toLocaleString('en-US', { maximumFractionDigits: 2 })} in all) match no initiative: ${values} of '${keyHeader}', first ${first}${unmatched.length > FIRST ? ' …' : ''}. Add those keys to the Keys column of PG Register to book them.`,
  ];
}
