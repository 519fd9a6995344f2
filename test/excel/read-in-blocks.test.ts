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
