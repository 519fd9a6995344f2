import { describe, expect, it } from 'vitest';
import { printActuals, warningLine } from '../../cli/actuals-output.js';
import type { ActualsReportDto } from '../../core/contract/governance-service.js';

describe('actuals output lines', () => {
  it('puts the sheet and cell before a warning, the sheet alone, or nothing', () => {
    expect(warningLine({ sheet: 'CRM export', cell: 'C5', message: 'Fix it.' })).toBe(
      '! CRM export!C5: Fix it.',
    );
    expect(warningLine({ sheet: 'CRM export', cell: null, message: 'Fix it.' })).toBe(
      '! CRM export: Fix it.',
    );
    expect(warningLine({ sheet: null, cell: null, message: 'Fix it.' })).toBe('! Fix it.');
  });

  it('prints what a report from an older service holds, without warnings or rows not booked', () => {
    const lines: string[] = [];
    const report: ActualsReportDto = {
      matchedRows: 1,
      periods: ['2027-01'],
      total: 12.5,
      updatedInitiatives: 1,
      unchanged: false,
      unmatched: [],
      ambiguous: [],
      wrote: [],
    };
    const ctx = {
      out: (t: string) => lines.push(t),
      err: () => {},
      progress: () => {},
      now: () => new Date(),
      actor: 'x',
    };
    printActuals(report, null, 'EUR', ctx);
    expect(lines).toEqual(['1 row booked, €12.50 over 2027-01 … 2027-01; 1 initiative changed.']);
  });
});
