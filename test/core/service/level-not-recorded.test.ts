import { describe, expect, it } from 'vitest';
import { encodeRegister } from '../../../core/codec/encode-register.js';
import { SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../../core/port/declared-identity.js';
import { journeyRegister, PEOPLE } from '../../support/index.js';

async function decidedRegister() {
  const workbook = new MemoryWorkbook();
  await workbook.write({ sheets: encodeRegister(journeyRegister(), null) });
  const identity = declaredIdentity();
  const service = createGovernanceService({
    port: workbook,
    clock: () => new Date('2027-07-01T09:00:00.000Z'),
    identity,
  });
  await identity.declare(PEOPLE.owner);
  for (let k = 0; k < 2; k++)
    expect((await service.move({ id: 'CAMP-01', kind: 'up', reason: '' })).ok).toBe(true);
  await identity.declare(PEOPLE.sponsor);
  expect((await service.move({ id: 'CAMP-01', kind: 'up', reason: '' })).ok).toBe(true);
  return { workbook, service };
}

/** Type into PG Register as a person would: the cell under `header` in the row of `id`. */
function typeInto(workbook: MemoryWorkbook, id: string, header: string, value: string | number): void {
  const grid = workbook.grid(SHEETS.register)!;
  const headerRow = grid.findIndex((r) => r[0] === 'ID');
  const col = grid[headerRow].indexOf(header);
  const row = grid.findIndex((r) => r[0] === id);
  workbook.setCell(SHEETS.register, row, col, value);
}

describe('a DoI typed into PG Register by hand ("5 Closed")', () => {
  it('is flagged in Register, Initiative and Portfolio, leaves the pipeline as recorded, and can be restored', async () => {
    const { workbook, service } = await decidedRegister();
    const before = await service.portfolio(null);
    const decided = (await service.refresh()).rows.find((r) => r.id === 'CAMP-01')!;
    expect(decided).toMatchObject({ doi: 3, recordedDoi: 3, state: 'active' });

    typeInto(workbook, 'CAMP-01', 'DoI', '5 Closed');
    typeInto(workbook, 'CAMP-01', 'State', 'closed');
    typeInto(workbook, 'CAMP-01', 'Confirmed value', 999_999);

    const row = (await service.refresh()).rows.find((r) => r.id === 'CAMP-01')!;
    expect(row).toMatchObject({ doi: 5, state: 'closed', recordedDoi: 3, recordedState: 'active' });
    const flag = row.flags.find((f) => f.code === 'levelNotRecorded');
    expect(flag?.reason).toBe(
      'PG Register shows DoI 5 Closed, closed, but the audit log records 3 Decided, active: it was set by hand, without passing the gates. Weighted pipeline, coverage and the DoI waterfall count 3 Decided, active until you restore the recorded level or move it through its gates.',
    );
    // Not closed on record: its estimate is not the typed confirmed value.
    expect(row.estimateAtCompletion).toBe(decided.estimateAtCompletion);
    expect((await service.initiative('CAMP-01')).row.flags.map((f) => f.code)).toContain('levelNotRecorded');

    const after = await service.portfolio(null);
    expect(after.levelsNotRecorded.map((i) => i.id)).toContain('CAMP-01');
    expect(after.weightedPipeline).toBe(before.weightedPipeline);
    expect(after.confirmedValue).toBe(before.confirmedValue);
    expect(after.coverage).toBe(before.coverage);
    expect(after.byDoi).toEqual(before.byDoi);

    const integrity = await service.verify();
    const named = [
      ...integrity.modifiedAfterSignOff.map((m) => m.id),
      ...(integrity.levelsWithoutAudit ?? []).map((m) => m.id),
    ];
    expect(!integrity.ok || (integrity.levelsWithoutAudit ?? []).length > 0).toBe(true);
    expect(named).toContain('CAMP-01');

    const restored = await service.restoreLevel('CAMP-01');
    expect(restored.message).toBe(
      'Restored CAMP-01 to the recorded level 3 Decided, active (PG Register showed DoI 5, closed).',
    );
    const back = (await service.refresh()).rows.find((r) => r.id === 'CAMP-01')!;
    expect(back).toMatchObject({ doi: 3, state: 'active' });
    expect(back.flags.map((f) => f.code)).not.toContain('levelNotRecorded');
    expect((await service.restoreLevel('CAMP-01')).ok).toBe(false);
  });
});
