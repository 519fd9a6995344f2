import { describe, expect, it } from 'vitest';
import { encodeRegister } from '../../../core/codec/encode-register.js';
import { SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { refresh } from '../../../core/usecases/refresh.js';
import { journeyRegister } from '../../support/index.js';

const clock = () => new Date('2027-07-01T09:00:00.000Z');

async function workbookWithSetting(key: string, value: string): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  await workbook.write({ sheets: encodeRegister(journeyRegister(), null) });
  const grid = workbook.grid(SHEETS.settings)!;
  const row = grid.findIndex((r) => r[0] === key);
  workbook.setCell(SHEETS.settings, row, 1, value);
  return workbook;
}

const service = (workbook: MemoryWorkbook) =>
  createGovernanceService({
    port: workbook,
    clock,
    identity: {
      current: () => Promise.resolve(null),
      declare: (n) => Promise.resolve({ name: n, kind: 'declared' as const }),
    },
  });

describe('settings the gates or the metrics cannot use are reported', () => {
  it('the standard ladder as written reports nothing', async () => {
    const workbook = await workbookWithSetting('Currency', 'EUR');
    expect((await refresh({ port: workbook, clock })).problems).toEqual([]);
  });

  it('a custom ladder whose sign-off level lets the owner close is reported on its PG Settings cell', async () => {
    const workbook = await workbookWithSetting(
      'Level 5',
      'Closed | weight 1 | criteria signOff | movers owner, controller',
    );
    const result = await refresh({ port: workbook, clock });
    const problem = result.problems.find((p) => p.message.includes('Only a controller may sign off'));
    expect(problem).toMatchObject({ sheet: 'PG Settings', cell: 'B20' });
    expect(problem?.message).toContain('remove owner from its movers');

    const overview = await service(workbook).overview();
    expect(overview.problems.map((p) => `${p.sheet} ${p.cell}`)).toContain('PG Settings B20');
    const refreshed = await service(workbook).refresh();
    expect(refreshed.problems.some((p) => p.cell === 'B20')).toBe(true);
  });

  it('a plan freeze level beyond the ladder is reported on the Plan freeze level cell', async () => {
    const workbook = await workbookWithSetting('Plan freeze level', '9');
    const result = await refresh({ port: workbook, clock });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        sheet: 'PG Settings',
        cell: 'B13',
        message: expect.stringContaining('Plan freeze level 9 is not a level of the ladder') as string,
      }),
    );
  });

  it('an unreadable As of says which date is used meanwhile and what that does to the figures', async () => {
    const workbook = await workbookWithSetting('As of', 'end of June');
    const result = await refresh({ port: workbook, clock });
    const problem = result.problems.find((p) => p.cell === 'B2');
    expect(problem?.sheet).toBe('PG Settings');
    expect(problem?.message).toContain('is not a date');
    expect(problem?.message).toContain('PlanGate uses today, 2027-07-01, as the as-of date');
  });
});
