import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { ConcurrentEditError } from '../../../core/contract/workbook-port.js';

describe('MemoryWorkbook', () => {
  it('reads used ranges in tab order and never shares its grids', async () => {
    const workbook = new MemoryWorkbook({
      Plan: [
        ['a', null, null],
        [1, 2, null],
        [null, null, null],
      ],
    });
    const read = await workbook.read(['Plan', 'Missing']);
    expect(read).toEqual({
      sheetNames: ['Plan'],
      grids: {
        Plan: [
          ['a', null],
          [1, 2],
        ],
      },
    });
    read.grids.Plan[0][0] = 'changed';
    expect(workbook.cell('Plan', 0, 0)).toBe('a');
    expect(workbook.reads).toBe(1);
  });

  it('refuses to write the user’s sheets and leaves everything unchanged', async () => {
    const workbook = new MemoryWorkbook({ Plan: [['a']] });
    await expect(
      workbook.write({
        sheets: [
          { sheet: 'PG Register', mode: 'replace', rows: [['ID']] },
          { sheet: 'Plan', mode: 'replace', rows: [['x']] },
        ],
      }),
    ).rejects.toThrow(
      'PlanGate may only write its own PG sheets; "Plan" belongs to you and was left unchanged.',
    );
    expect(workbook.sheetNames()).toEqual(['Plan']);
  });

  it('appends below the used rows and refuses an append when the sheet changed since it was read', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.write({
      sheets: [
        {
          sheet: 'PG Audit',
          mode: 'replace',
          rows: [['Time'], ['t1']],
          layout: { headerRows: 1, columns: [{ kind: 'text' }] },
        },
      ],
    });
    await workbook.write({
      sheets: [{ sheet: 'PG Audit', mode: 'append', rows: [['t2']], expectedRows: 2 }],
    });
    expect(workbook.grid('PG Audit')).toEqual([['Time'], ['t1'], ['t2']]);
    await expect(
      workbook.write({ sheets: [{ sheet: 'PG Audit', mode: 'append', rows: [['t3']], expectedRows: 2 }] }),
    ).rejects.toBeInstanceOf(ConcurrentEditError);
    expect(workbook.grid('PG Audit')).toHaveLength(3);
    expect(workbook.layout('PG Audit')).toEqual({ headerRows: 1, columns: [{ kind: 'text' }] });
    expect(workbook.writes).toBe(3);
  });

  it('lets a person type into single cells of any sheet', () => {
    const workbook = new MemoryWorkbook();
    workbook.setCell('Notes', 2, 1, 'hello');
    expect(workbook.grid('Notes')).toEqual([
      [null, null],
      [null, null],
      [null, 'hello'],
    ]);
    workbook.setCell('Notes', 2, 1, null);
    expect(workbook.grid('Notes')).toEqual([]);
  });
});
