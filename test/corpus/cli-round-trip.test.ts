import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plangate, tempDir } from '../cli/run-plangate.js';
import { CORPUS, hasCorpus } from './corpus-files.js';

interface Report {
  currency: string;
  portfolio: { count: number; planTotal: number };
}

/**
 * What a user does with a plan that has its own grand-total row: convert it with the command line,
 * report the register, and compare the portfolio's plan total with the total the sheet itself shows.
 * CI always has the corpus; elsewhere the suite is skipped (see README).
 */
describe.skipIf(!hasCorpus && !process.env.CI)('convert then report on corpus plans with totals rows', () => {
  const kpim = join(CORPUS, 'kpim_mart_sales_plan_vi.xlsx');

  it.each([
    // Row 44 of each wide sheet, "Tổng Kế Hoạch", is the plan's own grand total.
    { sheet: 'Kế Hoạch 2021', stores: 29, grandTotal: 7_556_368_000 },
    { sheet: 'Kế Hoạch 2020', stores: 29, grandTotal: 5_398_991_500 },
  ])('$sheet: the register adds up to the sheet’s own grand total', ({ sheet, stores, grandTotal }) => {
    const dir = tempDir();
    const converted = plangate(
      dir,
      'convert',
      kpim,
      '--sheet',
      sheet,
      '--currency',
      'VND',
      '-o',
      'register.xlsx',
    );
    expect(converted.stderr).toBe('');
    expect(converted.code).toBe(0);
    expect(converted.stdout).toContain(`${stores} added`);

    const reported = plangate(dir, 'report', 'register.xlsx', '--json', '--as-of', '2021-12-31');
    expect(reported.code).toBe(0);
    const report = JSON.parse(reported.stdout) as Report;
    expect(report.currency).toBe('VND');
    expect(report.portfolio.count).toBe(stores);
    expect(report.portfolio.planTotal).toBe(grandTotal);

    const verified = plangate(dir, 'verify', 'register.xlsx');
    expect(verified.code).toBe(0);
  });
});
