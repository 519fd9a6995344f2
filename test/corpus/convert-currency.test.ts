import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plangate, tempDir } from '../cli/run-plangate.js';
import { CORPUS, hasCorpus } from './corpus-files.js';

/**
 * The Vietnamese store plan says "Đơn vị tiền tệ: Việt Nam Đồng (đ)" above its table. Converted
 * without --currency, the new register reports in VND, and the command says so.
 */
describe.skipIf(!hasCorpus && !process.env.CI)('convert adopts the currency a corpus plan names', () => {
  it('kpim_mart_sales_plan_vi.xlsx becomes a VND register without --currency', () => {
    const dir = tempDir();
    const kpim = join(CORPUS, 'kpim_mart_sales_plan_vi.xlsx');
    const converted = plangate(dir, 'convert', kpim, '--sheet', 'Kế Hoạch 2021', '-o', 'register.xlsx');
    expect(converted.stderr).toBe('');
    expect(converted.code).toBe(0);
    expect(converted.stdout).toContain(
      "The sheet's amounts are in VND, so the new register reports in VND. Pass --currency CODE to choose another.",
    );
    // The register now reports in the sheet's currency, so its warning to check that is gone.
    expect(converted.stdout).not.toContain('does not convert currencies');

    const reported = plangate(dir, 'report', 'register.xlsx', '--json', '--as-of', '2021-12-31');
    expect(reported.code).toBe(0);
    const report = JSON.parse(reported.stdout) as { currency: string; portfolio: { planTotal: number } };
    expect(report.currency).toBe('VND');
    // Row 44, "Tổng Kế Hoạch", is the sheet's own grand total.
    expect(report.portfolio.planTotal).toBe(7_556_368_000);
  });

  it('inspect names the currency and the text that says so', () => {
    const inspected = plangate(tempDir(), 'inspect', join(CORPUS, 'kpim_mart_sales_plan_vi.xlsx'));
    expect(inspected.code).toBe(0);
    const line = "  amounts are in VND ('*Đơn vị tiền tệ: Việt Nam Đồng (đ)')";
    expect(inspected.stdout.split('\n')).toContain(line);
  });
});
