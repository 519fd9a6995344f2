import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../core/model/cell.js';
import { createGovernanceService } from '../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../core/port/declared-identity.js';
import { ExcelWorkbook } from '../../excel-addin/excel-workbook.js';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';

const FOUR_MB = 4_000_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function planSheet(count: number): CellValue[][] {
  const rows: CellValue[][] = [['Initiative', 'Program', 'Owner', ...MONTHS.map((m) => `${m} 2027`)]];
  for (let i = 0; i < count; i++) {
    rows.push([
      `Campaign ${i + 1}`,
      `Program ${i % 9}`,
      `owner${i % 40}@example.com`,
      ...MONTHS.map((_, m) => 1000 + ((i * 7 + m * 13) % 900)),
    ]);
  }
  return rows;
}

describe('service use cases over ExcelWorkbook keep to the round-trip budget', () => {
  it('converting a 5k-initiative plan and refreshing: each ≤ 3 syncs + 1 per 4 MB, every request < 4 MB', async () => {
    const excel = createFakeExcel();
    excel.addSheet('Plan 2027', planSheet(5_000));
    const service = createGovernanceService({
      port: new ExcelWorkbook({ run: excel.run }),
      clock: () => new Date('2027-03-31T09:00:00.000Z'),
      identity: declaredIdentity('Pat PMO'),
    });
    const source = { kind: 'sheet' as const, sheet: 'Plan 2027' };
    const inspection = await service.inspectSource(source);
    const table = inspection.tables.find((t) => t.verdict === 'plan');
    expect(table?.initiatives).toBe(5_000);

    const measure = async (run: () => Promise<unknown>) => {
      excel.resetStats();
      await run();
      const sizes = excel.stats.syncs.map((s) => s.bytes);
      const payload = excel.stats.syncs.reduce((sum, s) => sum + s.bytes + s.responseBytes, 0);
      return { syncs: sizes.length, payload, largest: Math.max(...sizes) };
    };
    const converted = await measure(() => service.convert(source, table!.mapping));
    const refreshed = await measure(() => service.refresh());
    for (const run of [converted, refreshed]) {
      expect(run.largest).toBeLessThan(FOUR_MB);
      expect(run.syncs).toBeLessThanOrEqual(3 + Math.floor(run.payload / FOUR_MB));
    }
    const register = await new ExcelWorkbook({ run: excel.run }).read(['PG Register']);
    expect(register.grids['PG Register']).toHaveLength(5_001);
    console.info(
      `5k convert: ${converted.syncs} syncs, ${(converted.payload / 1e6).toFixed(1)} MB both ways; ` +
        `refresh: ${refreshed.syncs} syncs, ${(refreshed.payload / 1e6).toFixed(1)} MB`,
    );
  }, 120_000);
});
