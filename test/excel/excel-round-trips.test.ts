import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../excel-addin/excel-workbook.js';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';
import { scaleColumn, scalePlan } from './scale-plan.js';

/** PRODUCT.md: a refresh or convert costs at most 3 round trips plus 1 per 4 MB of payload. */
const FOUR_MB = 4_000_000;
const budget = (payload: number): number => 3 + Math.floor(payload / FOUR_MB);

describe('Excel round trips stay within the budget', () => {
  it('a 5k-initiative register with its series: written in full requests under 4 MB, read back in answers under 5 MB', async () => {
    const excel = createFakeExcel();
    const workbook = new ExcelWorkbook({ run: excel.run });
    const plan = scalePlan(5_000);
    await workbook.write(plan);
    const writes = excel.stats.syncs.map((s) => s.bytes);
    const sent = writes.reduce((a, b) => a + b, 0);
    expect(Math.max(...writes)).toBeLessThan(FOUR_MB);
    // One look at the sheets, then requests packed close to the limit.
    expect(writes.length).toBeLessThanOrEqual(1 + Math.ceil(sent / (0.95 * FOUR_MB)));

    excel.resetStats();
    const read = await new ExcelWorkbook({ run: excel.run }).read([
      'PG Register',
      'PG Plan',
      'PG Forecast',
      'PG Actual',
    ]);
    expect(read.grids['PG Register']).toHaveLength(5_001);
    expect(read.grids['PG Actual']?.[5_000]).toEqual(plan.sheets[3].rows[5_000]);
    const answers = excel.stats.syncs.map((s) => s.responseBytes);
    const answered = answers.reduce((a, b) => a + b, 0);
    expect(Math.max(...answers.slice(1))).toBeLessThan(5 * 1024 * 1024);
    expect(excel.syncCount()).toBeLessThanOrEqual(budget(answered));
    console.info(
      `5k register + series: write ${writes.length} syncs / ${(sent / 1e6).toFixed(1)} MB; ` +
        `read ${excel.syncCount()} syncs / ${(answered / 1e6).toFixed(1)} MB answered`,
    );
  }, 120_000);

  it('a 50k-initiative register too large for one response is read in blocks, each answer under 5 MB', async () => {
    const excel = createFakeExcel();
    const workbook = new ExcelWorkbook({ run: excel.run });
    const plan = scalePlan(50_000, false);
    await workbook.write(plan);
    excel.resetStats();
    const read = await workbook.read(['PG Register', 'PG Audit']);
    expect(read.grids['PG Register']).toEqual(
      plan.sheets[0].rows.map((row) => row.map((v) => (v === '' ? null : v))),
    );
    expect('PG Audit' in read.grids).toBe(false);
    const answers = excel.stats.syncs.map((s) => s.responseBytes);
    const payload = answers.reduce((a, b) => a + b, 0);
    expect(Math.max(...answers.slice(1))).toBeLessThan(5 * 1024 * 1024); // the first try was refused
    expect(excel.syncCount()).toBeLessThanOrEqual(budget(payload));
    console.info(`50k read: ${excel.syncCount()} syncs, ${(payload / 1e6).toFixed(1)} MB answered`);
  }, 120_000);

  it('a 50k-initiative register write is cut into requests under 4 MB and lands complete', async () => {
    const excel = createFakeExcel();
    const workbook = new ExcelWorkbook({ run: excel.run });
    const plan = scalePlan(50_000, false);
    await workbook.write(plan);

    const sizes = excel.stats.syncs.map((s) => s.bytes);
    const payload = sizes.reduce((a, b) => a + b, 0);
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.max(...sizes)).toBeLessThan(FOUR_MB);
    // One probe, then requests filled close to the limit: no more than one extra per ~36 MB.
    const writes = sizes.slice(1);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(payload / (0.9 * FOUR_MB)));
    console.info(
      `50k write: ${sizes.length} syncs, ${(payload / 1e6).toFixed(1)} MB, largest ${(Math.max(...sizes) / 1e6).toFixed(2)} MB`,
    );

    const register = excel.state.find('PG Register')!;
    expect(register.value(50_000, 0)).toBe('INIT-049999');
    expect(register.value(50_001, 0)).toBeUndefined();
    expect(register.value(50_000, scaleColumn('Target'))).toBe(125_000 + 49_999);
    expect(register.tables[0]?.rect.rows).toBe(50_001);
  }, 120_000);
});
