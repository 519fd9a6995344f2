import { describe, expect, it } from 'vitest';
import { encodeRegister } from '../../../core/codec/encode-register.js';
import { SHEETS } from '../../../core/model/sheets.js';
import { MemoryWorkbook } from '../../../core/port/memory-workbook.js';
import type { WorkbookPort } from '../../../core/contract/workbook-port.js';
import { createGovernanceService } from '../../../core/service/create-governance-service.js';
import { declaredIdentity } from '../../../core/port/declared-identity.js';
import { journeyRegister, PEOPLE } from '../../support/index.js';

/** A port over `workbook` that lets a person type into it right after the use case's read. */
function editAfterRead(workbook: MemoryWorkbook, edit: () => void): WorkbookPort & { armed: boolean } {
  const port = {
    armed: false,
    read: async (sheets: readonly string[]) => {
      const read = await workbook.read(sheets);
      if (port.armed) {
        port.armed = false;
        edit();
      }
      return read;
    },
    write: (plan: Parameters<WorkbookPort['write']>[0]) => workbook.write(plan),
  };
  return port;
}

describe('an edit of PG Register between a use case read and its write', () => {
  it('is refused with the message, keeps the edit, and the next try succeeds', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.write({ sheets: encodeRegister(journeyRegister(), null) });
    const grid = workbook.grid(SHEETS.register)!;
    const header = grid.findIndex((r) => r[0] === 'ID');
    const nameCol = grid[header].indexOf('Initiative');
    const row = grid.findIndex((r) => r[0] === 'CAMP-02');
    let edits = 0;
    const port = editAfterRead(workbook, () =>
      workbook.setCell(SHEETS.register, row, nameCol, `Partner webinars (renamed ${++edits})`),
    );
    const identity = declaredIdentity();
    const service = createGovernanceService({
      port,
      clock: () => new Date('2027-07-01T09:00:00.000Z'),
      identity,
    });
    await identity.declare(PEOPLE.owner);
    const auditBefore = workbook.grid(SHEETS.audit)?.length ?? 0;

    port.armed = true;
    await expect(service.move({ id: 'CAMP-01', kind: 'up', reason: '' })).rejects.toThrow(
      'PG Register was changed by someone else since this pane read it: refresh and try again',
    );
    expect(workbook.cell(SHEETS.register, row, nameCol)).toBe('Partner webinars (renamed 1)');
    expect(workbook.grid(SHEETS.audit)?.length ?? 0).toBe(auditBefore);

    port.armed = true;
    await expect(service.refresh()).rejects.toThrow('PG Register was changed by someone else');

    const moved = await service.move({ id: 'CAMP-01', kind: 'up', reason: '' });
    expect(moved.ok, moved.message).toBe(true);
    expect(workbook.cell(SHEETS.register, row, nameCol)).toBe('Partner webinars (renamed 2)');
  });
});
