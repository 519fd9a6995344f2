import { cellAddress } from '../model/cell.js';
import type { ActualsReportDto, ActualsWarningDto } from '../contract/governance-service.js';
import type { ActualsMapping } from './actuals-types.js';

const FIRST = 5;

/**
 * One warning for the rows that match no initiative: a CRM dump against a register keyed by a few
 * accounts leaves hundreds, and listing each drowns the rows that matter. The full list stays
 * in the report for panes that page through it. Keys with a comma or semicolon get the advice to
 * quote them, since that is the one way such a key can be written into the Keys column.
 */
export function summarizeUnmatched(
  unmatched: ActualsReportDto['unmatched'],
  mapping: Pick<ActualsMapping, 'sheet' | 'key'>,
): ActualsWarningDto[] {
  if (unmatched.length === 0) return [];
  const keys = new Set(unmatched.map((u) => u.key));
  const total = Math.round(unmatched.reduce((s, u) => s + u.amount, 0) * 100) / 100;
  const first = unmatched
    .slice(0, FIRST)
    .map((u) => `row ${u.row} "${u.key}"`)
    .join(', ');
  const rows = unmatched.length === 1 ? '1 row' : `${unmatched.length.toLocaleString('en-US')} rows`;
  const values = keys.size === 1 ? '1 value' : `${keys.size.toLocaleString('en-US')} different values`;
  const separated = [...keys].find((k) => /[,;]/.test(k));
  const quoting = separated
    ? ` A key with a comma or semicolon goes into Keys in double quotes: "${separated.replace(/"/g, '""')}".`
    : '';
  return [
    {
      sheet: mapping.sheet,
      cell: cellAddress(unmatched[0].row - 1, mapping.key.column),
      message: `${rows} (${total.toLocaleString('en-US', { maximumFractionDigits: 2 })} in all) ${unmatched.length === 1 ? 'matches' : 'match'} no initiative: ${values} of '${mapping.key.header}', first ${first}${unmatched.length > FIRST ? ' …' : ''}. Add those keys to the Keys column of PG Register to book them.${quoting}`,
    },
  ];
}
