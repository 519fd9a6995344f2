import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../core/model/cell.js';
import { readInBlocks } from '../../excel-addin/workbook/read-in-blocks.js';
import { readOnce } from '../../excel-addin/workbook/read-once.js';
import { createFakeExcel } from '../fakes/excel/fake-excel.js';

describe('reading in blocks gives exactly what one read gives', () => {
  it('for sheets that start narrow and widen later, start below row 1, or are empty', async () => {
    const excel = createFakeExcel();
    const ragged: CellValue[][] = [[null], [null, 'ID', 'Name']];
    for (let r = 0; r < 900; r++) {
      ragged.push(
        r < 400
          ? [null, `X-${r}`, `name ${r}`]
          : [null, `X-${r}`, `name ${r}`, r, r % 7 === 0 ? '' : `note ${r}`],
      );
    }
    excel.addSheet('PG Register', ragged);
    excel.addSheet('PG Plan', [
      ['ID', '2027-01'],
      ...Array.from({ length: 700 }, (_, r) => [`X-${r}`, r * 1.5]),
    ]);
    excel.addSheet('PG Audit');
    const names = ['PG Register', 'PG Plan', 'PG Audit', 'PG Settings'];

    const whole = await excel.run((context) => readOnce(context, names));
    excel.resetStats();
    const blocks = await excel.run((context) => readInBlocks(context, names, 8_000));
    expect(blocks).toEqual(whole);
    expect(excel.syncCount()).toBeGreaterThan(5);
    expect(Math.max(...excel.stats.syncs.slice(1).map((s) => s.responseBytes))).toBeLessThan(16_000);
  });
});

describe('reading in blocks packs each answer', () => {
  it('close to the limit across sheets, leaving no small answer but the last', async () => {
    const excel = createFakeExcel();
    const sheet = (prefix: string, rows: number): CellValue[][] => [
      ['ID', 'Name', 'Amount'],
      ...Array.from({ length: rows }, (_, r) => [`${prefix}-${r}`, `name ${r} of ${prefix}`, r * 3.25]),
    ];
    excel.addSheet('PG Register', sheet('R', 3_000));
    excel.addSheet('PG Plan', sheet('P', 2_000));
    const names = ['PG Register', 'PG Plan'];
    const whole = await excel.run((context) => readOnce(context, names));
    excel.resetStats();
    const limit = 20_000;
    const blocks = await excel.run((context) => readInBlocks(context, names, limit));
    expect(blocks).toEqual(whole);
    const answers = excel.stats.syncs.slice(1).map((s) => s.responseBytes);
    const total = answers.reduce((a, b) => a + b, 0);
    // Filled to within the per-cell estimate's 10% margin (and a row): no leftovers of their own.
    expect(answers.length).toBeLessThanOrEqual(Math.ceil(total / (0.85 * limit)));
    for (const answer of answers.slice(0, -1)) expect(answer).toBeGreaterThan(0.8 * limit);
  });
});
